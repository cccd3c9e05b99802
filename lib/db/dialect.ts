import "server-only";
// What the queries in lib/db need to know about the database under a Kysely instance (or a
// transaction of one): which dialect it is, and the store's hooks, such as the vacuum after a
// wipe. Both ride on the dialect's adapter, which Kysely hands to every transaction too.
import { type Kysely, PostgresAdapter, SqliteAdapter, type Transaction } from "kysely";
import type { DashboardTables } from "./schema";

/** The dashboard's database, or an open transaction on it: lib/db functions take either. */
export type Db = Kysely<DashboardTables>;

export type DialectName = "sqlite" | "postgres";

/** Store-wide hooks, set by database.ts when it opens the store. */
export interface StoreHooks {
  /** Asks for a vacuum of `table` after sealed passwords were wiped (Postgres; see vacuum.ts). */
  afterWipe(table: "bulk_rows"): void;
  /** Runs what afterWipe scheduled now. */
  flushWipes(): Promise<void>;
  close(): void;
}

const NO_HOOKS: StoreHooks = { afterWipe: () => undefined, flushWipes: async () => undefined, close: () => undefined };

export class DashboardSqliteAdapter extends SqliteAdapter {
  readonly dialectName = "sqlite" as const;
  hooks: StoreHooks = NO_HOOKS;
}

export class DashboardPostgresAdapter extends PostgresAdapter {
  readonly dialectName = "postgres" as const;
  hooks: StoreHooks = NO_HOOKS;
}

// getExecutor() is Kysely's own way from an instance to its adapter (marked internal, but
// stable since 0.2x); it is used here only, and every test on both dialects goes through it.
// The adapter is recognised by its fields, not `instanceof`: Next bundles each route apart,
// each bundle with its own copy of these classes, and the one instance (process-singleton.ts)
// may have been made by another bundle than the one asking.
function adapterOf(db: Db): { dialectName: DialectName; hooks: StoreHooks } {
  const adapter = db.getExecutor().adapter as Partial<{ dialectName: unknown; hooks: StoreHooks }>;
  if ((adapter.dialectName === "sqlite" || adapter.dialectName === "postgres") && adapter.hooks) return adapter as { dialectName: DialectName; hooks: StoreHooks };
  throw new Error("This Kysely instance was not opened by lib/db/database.ts");
}

export function dialectOf(db: Db): DialectName {
  return adapterOf(db).dialectName;
}

export function storeHooks(db: Db): StoreHooks {
  return adapterOf(db).hooks;
}

/**
 * Runs `work` in one transaction: a new one, or the caller's when `db` already is one (Kysely
 * transactions do not nest). Inside, every query must go through the `trx` given: on SQLite
 * the one connection is held by the transaction, so a query on the outer instance would wait
 * for it forever.
 */
export function inTransaction<T>(db: Db, work: (trx: Transaction<DashboardTables> | Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

import "server-only";
// The dashboard's database, through one query layer (Kysely) on either store: the SQLite file
// (better-sqlite3; the default, no configuration) or Postgres when DATABASE_URL is set, for
// several instances sharing one state. All SQL of the project lives in lib/db/. Migrations run
// before the first query. Better Auth is given the same instance (lib/auth/server/auth.ts).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { getEnv, type ServerEnv } from "@/lib/env";
import { processSingleton } from "@/lib/server/process-singleton";
import { type Db, DashboardPostgresAdapter, DashboardSqliteAdapter, storeHooks } from "./dialect";
import { migratePostgres, migrateSqlite } from "./migrate";
import type { DashboardTables } from "./schema";
import { withStatementCache } from "./statement-cache";
import { createVacuumScheduler } from "./vacuum";

export type { Db } from "./dialect";

export type DatabaseTarget = { dialect: "sqlite"; file: string } | { dialect: "postgres"; url: string };

/** Postgres when DATABASE_URL is set, else the SQLite file. */
export function databaseTarget(env: Pick<ServerEnv, "databaseUrl" | "databasePath"> = getEnv()): DatabaseTarget {
  return env.databaseUrl ? { dialect: "postgres", url: env.databaseUrl } : { dialect: "sqlite", file: env.databasePath };
}

/** The process's one database (a pool of connections on Postgres, one connection on SQLite). */
export function getDb(): Db {
  return processSingleton("database", () => openDatabase(databaseTarget()));
}

export function openDatabase(target: DatabaseTarget, options: { vacuumIntervalMs?: number } = {}): Db {
  return target.dialect === "sqlite" ? openSqlite(target.file) : openPostgres(target.url, options.vacuumIntervalMs ?? 60_000);
}

/** Where the data is, for a log line: the file, or Postgres' host and database, never a password. */
export function describeDatabase(target: DatabaseTarget = databaseTarget()): string {
  if (target.dialect === "sqlite") return target.file;
  const url = new URL(target.url);
  return `Postgres ${url.username ? `${decodeURIComponent(url.username)}@` : ""}${url.host}${url.pathname === "/" ? "" : url.pathname}`;
}

/** Runs a vacuum a wipe scheduled (Postgres), then closes the connections. */
export async function closeDatabase(db: Db): Promise<void> {
  await storeHooks(db).flushWipes();
  storeHooks(db).close();
  await db.destroy();
}

function openSqlite(file: string): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const database = new Database(file);
  fs.chmodSync(file, 0o600);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  // Wiped sealed passwords are overwritten with zeros, not left in the pages' free space
  // (lib/db/secure-delete.test.ts).
  database.pragma("secure_delete = ON");
  // The clock of lib/db/catapult-budgets.ts, read when a statement runs (not when it was
  // queued behind another on the one connection), in ms with fractions, like Postgres' clock_timestamp().
  database.function("now_ms", { deterministic: false }, () => performance.timeOrigin + performance.now());
  migrateSqlite(database);
  const adapter = new DashboardSqliteAdapter();
  class Dialect extends SqliteDialect {
    override createAdapter() {
      return adapter;
    }
  }
  return new Kysely<DashboardTables>({ dialect: new Dialect({ database: withStatementCache(database) }) });
}

// BIGINT (epoch ms, COUNT(*)) arrives from pg as text, since it may exceed 2^53; ours never does.
const INT8 = 20;
const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

function openPostgres(url: string, vacuumIntervalMs: number): Db {
  const adapter = new DashboardPostgresAdapter();
  class Dialect extends PostgresDialect {
    override createAdapter() {
      return adapter;
    }
  }
  // The pool is made, and the schema migrated, when the first query needs it.
  const pool = async () => {
    const created = new pg.Pool({ connectionString: url, types: pgTypes, max: 10 });
    // An idle connection the server dropped: the pool replaces it; without a listener Node would exit.
    created.on("error", (error) => console.error(`[db] Postgres connection lost: ${error.message}`));
    try {
      await migratePostgres(created);
    } catch (error) {
      await created.end();
      throw error;
    }
    return created;
  };
  const db = new Kysely<DashboardTables>({ dialect: new Dialect({ pool }) });
  const vacuum = createVacuumScheduler(() => db, { intervalMs: vacuumIntervalMs });
  adapter.hooks = { afterWipe: vacuum.request, flushWipes: vacuum.flush, close: vacuum.stop };
  return db;
}


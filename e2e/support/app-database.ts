// The e2e dashboard's database, for specs that set up or inspect state behind its back,
// through the same query layer and table types as the app (Kysely, lib/db/schema.ts). The
// browser suite runs the app on SQLite (its DATA_DIR file); this opens a second connection
// to it, which waits out the app's writes (busy_timeout). Pointing the suite at Postgres
// would change only the dialect made here.
import path from "node:path";
import Database from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { DashboardTables } from "../../lib/db/schema";

export type AppDatabase = Kysely<DashboardTables>;

/** Runs `work` on the app's database (E2E_DATA_DIR, or `dataDir` for a spec's own app). */
export async function withAppDatabase<T>(work: (db: AppDatabase) => Promise<T>, dataDir = process.env.E2E_DATA_DIR): Promise<T> {
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set (playwright.config.ts sets it)");
  const connection = new Database(path.join(dataDir, "dashboard.sqlite"));
  connection.pragma("busy_timeout = 5000");
  const db = new Kysely<DashboardTables>({ dialect: new SqliteDialect({ database: connection }) });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

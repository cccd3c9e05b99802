import "server-only";
// Brings a database to the newest schema before its first query, recording each version in
// schema_migrations. SQLite runs its list as it always has (an existing file migrates forward
// unchanged). On Postgres several instances may start at once: an advisory lock held for the
// migration's transaction lets one migrate while the others wait, then find nothing to do.
import type Database from "better-sqlite3";
import type { Pool } from "pg";
import { MIGRATIONS } from "./migrations";
import { POSTGRES_MIGRATIONS } from "./migrations-postgres";

export function migrateSqlite(database: Database.Database): void {
  database.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)");
  const applied = new Set(
    database.prepare("SELECT version FROM schema_migrations").all().map((row) => (row as { version: number }).version),
  );
  for (const [index, sql] of MIGRATIONS.entries()) {
    const version = index + 1;
    if (applied.has(version)) continue;
    database.transaction(() => {
      database.exec(sql);
      database.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)").run(version, Date.now());
    })();
  }
}

/** Any constant: the lock only has to be the same for every instance of the dashboard. */
const MIGRATION_LOCK = 7_301_150;

export async function migratePostgres(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
    const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
    const newest = Math.max(0, ...rows.map((r) => r.version));
    for (const migration of POSTGRES_MIGRATIONS) {
      if (migration.version <= newest) continue;
      // No parameters: the simple protocol, which runs a migration's several statements.
      await client.query(migration.sql);
      await client.query("INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)", [migration.version, Date.now()]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

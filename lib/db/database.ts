import "server-only";
// The dashboard's own SQLite file (better-sqlite3). All SQL of the project lives in lib/db/,
// so another database can replace this one in one place. Migrations run at first use.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { getEnv } from "@/lib/env";
import { processSingleton } from "@/lib/server/process-singleton";
import { MIGRATIONS } from "./migrations";

/** The process's one connection. */
export function getDb(): Database.Database {
  return processSingleton("database", () => openDatabase(getEnv().databasePath));
}

export function openDatabase(file: string): Database.Database {
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
  migrate(database);
  return database;
}

function migrate(database: Database.Database): void {
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

// The databases a DB-touching unit test runs on: SQLite always, Postgres too when
// TEST_DATABASE_URL is set (`npm test` starts a cluster for it: ./postgres.mjs). Each test gets
// a fresh store: a new SQLite file, or a new Postgres schema (search_path), dropped after it.
//
//   describe.each(TEST_DIALECTS)("on %s", (dialect) => {
//     const store = useTestDatabase(dialect);
//     it("…", async () => { await insertBulkJob(…, store().db); });
//   });
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach } from "vitest";
import { closeDatabase, type Db, openDatabase } from "@/lib/db/database";
import type { DialectName } from "@/lib/db/dialect";

export const TEST_DIALECTS: readonly DialectName[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

export interface TestDatabase {
  dialect: DialectName;
  db: Db;
  /** SQLite: the file. */
  file?: string;
  /** Postgres: the schema holding this test's tables, and a URL that reaches them. */
  schema?: string;
  url?: string;
  close(): Promise<void>;
}

/** A superuser connection to the test cluster, for what a test does behind the app's back. */
export async function withTestCluster<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function openTestDatabase(dialect: DialectName, options: { vacuumIntervalMs?: number } = {}): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dashboard-db-"));
    const file = path.join(dir, "test.sqlite");
    const db = openDatabase({ dialect: "sqlite", file });
    return { dialect, db, file, close: async () => (await closeDatabase(db), fs.rmSync(dir, { recursive: true, force: true })) };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set: the Postgres tests need a cluster (npm test starts one)");
  const schema = `t_${crypto.randomBytes(6).toString("hex")}`;
  await withTestCluster((client) => client.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(base);
  url.searchParams.set("options", `-c search_path=${schema}`);
  const db = openDatabase({ dialect: "postgres", url: url.toString() }, { vacuumIntervalMs: options.vacuumIntervalMs ?? 60_000 });
  return {
    dialect, db, schema, url: url.toString(),
    close: async () => {
      await closeDatabase(db);
      await withTestCluster((client) => client.query(`DROP SCHEMA ${schema} CASCADE`));
    },
  };
}

/** A fresh database for each test of the enclosing describe, closed after it. */
export function useTestDatabase(dialect: DialectName, options: { vacuumIntervalMs?: number } = {}): () => TestDatabase {
  let current: TestDatabase | undefined;
  beforeEach(async () => {
    current = await openTestDatabase(dialect, options);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error("useTestDatabase: no database outside a test");
    return current;
  };
}

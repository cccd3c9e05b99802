// Both migration lists end with the same tables and columns, whatever each dialect calls
// their types, and a Postgres database migrated by several instances at once ends up whole.
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openTestDatabase, TEST_DIALECTS, type TestDatabase, withTestCluster } from "@/scripts/test-support/test-databases";
import { closeDatabase, openDatabase } from "./database";
import { MIGRATIONS } from "./migrations";
import { POSTGRES_MIGRATIONS } from "./migrations-postgres";

/** table → its columns, sorted. */
type Shape = Record<string, string[]>;

// SQLite keeps a row id without a column for it; Postgres spells it out (migrations-postgres.ts).
const IMPLICIT_IN_SQLITE = new Set(["bulk_jobs.rowid"]);

async function shapeOf(store: TestDatabase): Promise<Shape> {
  const columns =
    store.dialect === "sqlite"
      ? (
          await sql<{ table_name: string; column_name: string }>`
            SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m, pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`.execute(store.db)
        ).rows
      : (
          await sql<{ table_name: string; column_name: string }>`
            SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ${store.schema}`.execute(store.db)
        ).rows;
  const shape: Shape = {};
  for (const { table_name, column_name } of columns) {
    if (IMPLICIT_IN_SQLITE.has(`${table_name}.${column_name}`)) continue;
    (shape[table_name] ??= []).push(column_name);
  }
  for (const list of Object.values(shape)) list.sort();
  return shape;
}

describe("migrations", () => {
  it("number Postgres' migrations as SQLite's, ending at the same version", () => {
    expect(POSTGRES_MIGRATIONS.at(-1)?.version).toBe(MIGRATIONS.length);
    const versions = POSTGRES_MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual(versions.toSorted((a, b) => a - b));
  });

  it.runIf(TEST_DIALECTS.includes("postgres"))("end with the same tables and columns on SQLite and Postgres", async () => {
    const [sqlite, postgres] = [await openTestDatabase("sqlite"), await openTestDatabase("postgres")];
    try {
      // The first query runs the migrations.
      await sqlite.db.selectFrom("schema_migrations").selectAll().execute();
      const applied = await postgres.db.selectFrom("schema_migrations").select("version").orderBy("version").execute();
      expect(applied.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
      const [a, b] = [await shapeOf(sqlite), await shapeOf(postgres)];
      expect(Object.keys(a)).toContain("bulk_rows");
      expect(b).toEqual(a);
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });

  it.runIf(TEST_DIALECTS.includes("postgres"))("let several instances start on one empty Postgres at once", async () => {
    const store = await openTestDatabase("postgres");
    const others = Array.from({ length: 3 }, () => openDatabase({ dialect: "postgres", url: store.url! }));
    try {
      const counts = await Promise.all([store.db, ...others].map((db) => db.selectFrom("bulk_jobs").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()));
      expect(counts.map((c) => c.n)).toEqual([0, 0, 0, 0]);
      const versions = await withTestCluster((client) => client.query(`SELECT version FROM ${store.schema}.schema_migrations ORDER BY version`));
      expect(versions.rows).toEqual(POSTGRES_MIGRATIONS.map((m) => ({ version: m.version })));
    } finally {
      await Promise.all(others.map(closeDatabase));
      await store.close();
    }
  });
});

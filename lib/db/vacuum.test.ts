// Wiped means wiped on Postgres: after a wipe and the vacuum it schedules, the sealed bytes
// are gone from the table's file (read from the cluster's data folder, which needs root or
// the postgres user); a plain VACUUM would not do (the second test shows why FULL); and the
// vacuum runs once for many wipes.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from "kysely";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sealPassword } from "@/lib/bulk/server/password-vault";
import { openTestDatabase, TEST_DIALECTS, type TestDatabase } from "@/scripts/test-support/test-databases";
import { cancelPendingRows } from "./bulk-job-changes";
import { finishRow, insertBulkJob } from "./bulk-jobs";
import { claimNextRow } from "./bulk-row-claims";
import type { Db } from "./dialect";
import { storeHooks } from "./dialect";
import { createVacuumScheduler } from "./vacuum";

const onPostgres = TEST_DIALECTS.includes("postgres");
let store: TestDatabase | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

/** The bytes of bulk_rows' file(s) on disk, once everything is written out. */
async function tableFileBytes(db: Db): Promise<Buffer | undefined> {
  await sql`CHECKPOINT`.execute(db);
  const { rows } = await sql<{ dir: string; file: string }>`SELECT current_setting('data_directory') AS dir, pg_relation_filepath('bulk_rows') AS file`.execute(db);
  const file = path.join(rows[0]!.dir, rows[0]!.file);
  try {
    // A table past 1 GB continues in file.1, file.2…; ours is small, but read them all.
    const parts = [file, ...fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(`${path.basename(file)}.`)).map((f) => path.join(path.dirname(file), f))];
    return Buffer.concat(parts.map((f) => fs.readFileSync(f)));
  } catch {
    return undefined;
  }
}

async function jobWithSealedRows(db: Db, jobId: string, count: number): Promise<Buffer[]> {
  const key = crypto.randomBytes(32);
  const sealed = Array.from({ length: count }, (_, i) => sealPassword(key, `${jobId}:${i}`, `Secret-wipe-${i}`));
  const rows = sealed.map((passwordSealed, i) => ({ sourceRow: i + 2, name: `phone-${i}`, passwordSealed, status: "pending" as const }));
  await insertBulkJob({ id: jobId, domainId: "rd-1", existingPolicy: "skip", rows }, db);
  return sealed;
}

const countIn = (bytes: Buffer, values: Buffer[]) => values.filter((v) => bytes.includes(v)).length;

describe.runIf(onPostgres)("wiping on Postgres", () => {
  it("leaves no sealed password in the table's file once the vacuum a wipe scheduled has run", async () => {
    store = await openTestDatabase("postgres");
    const { db } = store;
    const sealed = await jobWithSealedRows(db, "job-1", 40);
    const before = await tableFileBytes(db);
    expect(before, "the cluster's data folder must be readable (postgres.mjs makes it the test user's own, or root reads it)").toBeDefined();
    // The check can fail: every sealed value is in the file before the wipe.
    expect(countIn(before!, sealed)).toBe(40);

    // Half finish (a row done with loses its password), the rest are cancelled.
    for (let i = 0; i < 20; i++) {
      const row = await claimNextRow("job-1", { owner: "a#1", ms: 30_000 }, db);
      await finishRow("job-1", row!.rowIndex, { status: "created", endpointId: `re-${i}` }, db);
    }
    await cancelPendingRows("job-1", db);
    expect(await db.selectFrom("bulk_rows").select("row_index").where("password_sealed", "is not", null).execute()).toEqual([]);
    // NULL in the table, but the old row versions still hold the bytes until the vacuum.
    expect(countIn((await tableFileBytes(db))!, sealed)).toBeGreaterThan(0);

    await storeHooks(db).flushWipes();
    expect(countIn((await tableFileBytes(db))!, sealed)).toBe(0);
  });

  it("needs VACUUM FULL: a plain VACUUM leaves wiped values in the page's free space", async () => {
    store = await openTestDatabase("postgres");
    const { db } = store;
    const sealed = await jobWithSealedRows(db, "job-1", 40);
    expect(countIn((await tableFileBytes(db))!, sealed)).toBe(40);
    await cancelPendingRows("job-1", db);
    await sql`VACUUM bulk_rows`.execute(db);
    expect(countIn((await tableFileBytes(db))!, sealed)).toBeGreaterThan(0);
    storeHooks(db).close();
  });
});

describe("the vacuum scheduler", () => {
  /** A Postgres Kysely that runs nothing and records what it was asked to run. */
  function recordingDb(statements: string[]): Db {
    class RecordingDriver extends DummyDriver {
      override async acquireConnection() {
        return { executeQuery: async (query: { sql: string }) => (statements.push(query.sql), { rows: [] }), streamQuery: async function* () {} };
      }
    }
    return new Kysely({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new RecordingDriver(),
        createIntrospector: (db) => new PostgresIntrospector(db),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
    });
  }

  it("vacuums once for 10,000 wipes, outside any transaction, and again after a later wipe", async () => {
    vi.useFakeTimers();
    try {
      const statements: string[] = [];
      const scheduler = createVacuumScheduler(() => recordingDb(statements), { intervalMs: 60_000 });
      for (let i = 0; i < 10_000; i++) scheduler.request("bulk_rows");
      expect(scheduler.pending()).toBe(true);
      await vi.advanceTimersByTimeAsync(59_000);
      expect(statements).toEqual([]);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(statements.filter((s) => s.startsWith("VACUUM"))).toEqual(['VACUUM FULL "bulk_rows"']);
      expect(statements.some((s) => /^begin/i.test(s))).toBe(false);
      scheduler.request("bulk_rows");
      await scheduler.flush();
      expect(statements.filter((s) => s.startsWith("VACUUM"))).toHaveLength(2);
      scheduler.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

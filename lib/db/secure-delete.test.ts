// Wiped sealed passwords leave the SQLite file itself, not only the table: without
// secure_delete SQLite keeps a deleted value's bytes in the page's free space.
// (Postgres: vacuum.test.ts.)
import crypto from "node:crypto";
import fs from "node:fs";
import { sql } from "kysely";
import { afterEach, expect, it } from "vitest";
import { sealPassword } from "@/lib/bulk/server/password-vault";
import { openTestDatabase, type TestDatabase } from "@/scripts/test-support/test-databases";
import { cancelPendingRows } from "./bulk-job-changes";
import { insertBulkJob } from "./bulk-jobs";

let store: TestDatabase | undefined;
afterEach(() => store?.close());

/** The main file and any WAL beside it, as one buffer. */
function fileBytes(file: string): Buffer {
  return Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
}

it("a wiped sealed password is no longer in the database file after a checkpoint", async () => {
  store = await openTestDatabase("sqlite");
  const { db, file } = store;
  const key = crypto.randomBytes(32);
  const sealed = Array.from({ length: 20 }, (_, i) => sealPassword(key, `job-1:${i}`, `Secret-wipe-${i}`));
  const rows = sealed.map((passwordSealed, i) => ({ sourceRow: i + 2, name: `phone-${i}`, passwordSealed, status: "pending" as const }));
  await insertBulkJob({ id: "job-1", domainId: "rd-1", existingPolicy: "skip", rows }, db);
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  const stillThere = () => sealed.filter((value) => fileBytes(file!).includes(value)).length;
  // The check can fail: every sealed value is in the file before the wipe.
  expect(stillThere()).toBe(sealed.length);

  await cancelPendingRows("job-1", db);
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  expect(stillThere()).toBe(0);
});

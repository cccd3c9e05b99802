// The bulk job store on each dialect: what goes in comes back with the same types, rows are
// claimed once each (also by claims racing each other), outcomes wipe or keep the sealed
// password as promised, and the sequence number tells a page what changed.
import { describe, expect, it } from "vitest";
import { TEST_DIALECTS, useTestDatabase } from "@/scripts/test-support/test-databases";
import { cancelPendingRows, requeueFailedRows, saveEndpointDetails, wipeRetryPasswordsFinishedBefore } from "./bulk-job-changes";
import { countRowsByStatusForJobs, listBulkJobs, listRowFieldsWithStatus } from "./bulk-job-list";
import {
  countRetryableRows, countRowsByStatus, countRowsFinishedSince, finishRow, getBulkJob, insertBulkJob, listRowsChangedSince, type NewBulkRow,
  returnRowToPending, setJobState,
} from "./bulk-jobs";
import { claimNextRow } from "./bulk-row-claims";

/** One instance's claims (the lease tests are in bulk-row-claims.test.ts). */
const A = { owner: "a#1", ms: 30_000 };

const sealed = (i: number) => Buffer.from(`sealed-${i}`);
const pending = (count: number): NewBulkRow[] =>
  Array.from({ length: count }, (_, i) => ({ sourceRow: i + 2, name: `desk-${i}`, passwordSealed: sealed(i), status: "pending" }));

describe.each(TEST_DIALECTS)("bulk jobs on %s", (dialect) => {
  const store = useTestDatabase(dialect);

  it("stores a job and its rows and reads them back with their types", async () => {
    const { db } = store();
    const rows: NewBulkRow[] = [
      { sourceRow: 2, name: "a", description: "Front", applicationId: "ap-1", enabled: false, passwordSealed: sealed(0), status: "pending" },
      { sourceRow: 3, name: "b", passwordSealed: null, status: "skipped", endpointId: "re-b", error: "Already existed in the domain; skipped." },
      { sourceRow: 4, name: "c", passwordSealed: null, status: "pending", endpointId: "re-c", patch: { description: "new", enabled: true } },
    ];
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "update", rows, actor: { type: "user", id: "u-1", email: "ana@example.com" } }, db);
    expect(await getBulkJob("j1", db)).toEqual({
      id: "j1", domainId: "rd-1", action: "create", status: "running", existingPolicy: "update", pauseReason: null, notice: null, total: 3, seq: 1,
      createdAt: expect.any(Number), updatedAt: expect.any(Number), finishedAt: null, actorType: "user", actorId: "u-1", actorLabel: "ana@example.com",
    });
    const stored = await listRowsChangedSince("j1", 0, db);
    expect(stored.map((r) => [r.name, r.enabled, r.inDoubt, r.patch, r.op, r.status, r.endpointId, typeof r.finishedAt])).toEqual([
      ["a", false, false, null, "create", "pending", null, "object"],
      ["b", null, false, null, "create", "skipped", "re-b", "number"],
      ["c", null, false, { description: "new", enabled: true }, "update", "pending", "re-c", "object"],
    ]);
    expect(await getBulkJob("nope", db)).toBeUndefined();
  });

  it("claims pending rows in order, each once, also when claims race", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(12) }, db);
    const first = await claimNextRow("j1", A, db);
    expect(first).toMatchObject({ rowIndex: 0, status: "in_flight", attempts: 1, passwordSealed: sealed(0) });
    const raced = await Promise.all(Array.from({ length: 14 }, () => claimNextRow("j1", A, db)));
    const claimed = raced.filter((r) => r !== undefined).map((r) => r.rowIndex);
    expect(claimed.toSorted((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect((await countRowsByStatus("j1", db)).in_flight).toBe(12);
  });

  it("claims nothing from a job that is no longer running", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(2) }, db);
    await setJobState("j1", { status: "paused", pauseReason: "401" }, db);
    expect(await claimNextRow("j1", A, db)).toBeUndefined();
    expect((await getBulkJob("j1", db))?.pauseReason).toBe("401");
  });

  it("wipes a finished row's password, keeps a failed row's for a retry, and keeps 'in doubt' once set", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(3) }, db);
    for (let i = 0; i < 3; i++) await claimNextRow("j1", A, db);
    await returnRowToPending("j1", 0, true, db);
    await claimNextRow("j1", A, db);
    await returnRowToPending("j1", 0, false, db);
    expect((await listRowsChangedSince("j1", 0, db))[0]).toMatchObject({ status: "pending", inDoubt: true });
    await claimNextRow("j1", A, db);
    await finishRow("j1", 0, { status: "created", endpointId: "re-0" }, db);
    await finishRow("j1", 1, { status: "failed", error: "Catapult refused it" }, db);
    await finishRow("j1", 2, { status: "failed", error: "refused" }, db);
    const rows = await listRowsChangedSince("j1", 0, db);
    expect(rows.map((r) => [r.status, r.endpointId, r.inDoubt, r.error])).toEqual([
      ["created", "re-0", false, null],
      ["failed", null, false, "Catapult refused it"],
      ["failed", null, false, "refused"],
    ]);
    expect(await countRetryableRows("j1", db)).toBe(2);
    expect(await countRowsFinishedSince("j1", Date.now() - 60_000, db)).toBe(3);
    expect(await countRowsFinishedSince("j1", Date.now() + 1, db)).toBe(0);

    expect(await requeueFailedRows("j1", db)).toBe(2);
    expect(await countRowsByStatus("j1", db)).toMatchObject({ pending: 2, created: 1, failed: 0 });
  });

  it("tells a watching page only what changed since its sequence number", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(3) }, db);
    const seen = (await getBulkJob("j1", db))!.seq;
    await claimNextRow("j1", A, db);
    await setJobState("j1", { notice: "Catapult answers 503" }, db);
    expect((await listRowsChangedSince("j1", seen, db)).map((r) => r.rowIndex)).toEqual([0]);
    const job = (await getBulkJob("j1", db))!;
    expect(job.seq).toBeGreaterThan(seen);
    expect(job.notice).toBe("Catapult answers 503");
    await setJobState("j1", { status: "completed", notice: null, finishedAt: 123 }, db);
    expect(await getBulkJob("j1", db)).toMatchObject({ status: "completed", notice: null, finishedAt: 123, pauseReason: null });
  });

  it("cancels what was not sent and wipes every password it still held", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(3) }, db);
    await claimNextRow("j1", A, db);
    await finishRow("j1", 0, { status: "failed", error: "refused" }, db);
    await cancelPendingRows("j1", db);
    expect(await countRowsByStatus("j1", db)).toMatchObject({ failed: 1, cancelled: 2, pending: 0 });
    expect(await countRetryableRows("j1", db)).toBe(0);
    expect((await listRowFieldsWithStatus("j1", "cancelled", db)).map((r) => r.name)).toEqual(["desk-1", "desk-2"]);
  });

  it("wipes retry passwords only of jobs that finished before the cutoff", async () => {
    const { db } = store();
    for (const id of ["old", "new"]) {
      await insertBulkJob({ id, domainId: "rd-1", existingPolicy: "skip", rows: pending(1) }, db);
      await claimNextRow(id, A, db);
      await finishRow(id, 0, { status: "failed", error: "refused" }, db);
    }
    await setJobState("old", { status: "completed", finishedAt: 1_000 }, db);
    await setJobState("new", { status: "completed", finishedAt: 5_000 }, db);
    expect(await wipeRetryPasswordsFinishedBefore(2_000, db)).toBe(1);
    expect([await countRetryableRows("old", db), await countRetryableRows("new", db)]).toEqual([0, 1]);
  });

  it("saves SIP details onto the job's own rows", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(1) }, db);
    await claimNextRow("j1", A, db);
    await finishRow("j1", 0, { status: "created", endpointId: "re-0" }, db);
    const details = new Map([["re-0", { sipUri: "sip:desk-0@x.bwapp.bwsip.io", realm: "x.bwapp.bwsip.io", username: "desk-0" }], ["re-other", { sipUri: "s", realm: "r", username: "u" }]]);
    await saveEndpointDetails("j1", details, db);
    expect((await listRowsChangedSince("j1", 0, db))[0]).toMatchObject({ sipUri: "sip:desk-0@x.bwapp.bwsip.io", realm: "x.bwapp.bwsip.io", username: "desk-0" });
  });

  it("lists jobs newest first (the later of two in one millisecond first), filtered, with counts per job", async () => {
    const { db } = store();
    for (const [id, domainId] of [["j1", "rd-1"], ["j2", "rd-2"], ["j3", "rd-1"]] as const) await insertBulkJob({ id, domainId, existingPolicy: "skip", rows: pending(2) }, db);
    await setJobState("j3", { status: "completed" }, db);
    // The same millisecond for all three: only the insertion order tells them apart.
    await db.updateTable("bulk_jobs").set({ created_at: 42 }).execute();
    expect((await listBulkJobs({ limit: 10, offset: 0 }, db)).jobs.map((j) => j.id)).toEqual(["j3", "j2", "j1"]);
    expect(await listBulkJobs({ domainId: "rd-1", limit: 1, offset: 1 }, db)).toMatchObject({ total: 2, jobs: [{ id: "j1" }] });
    expect((await listBulkJobs({ domainId: "rd-1", unfinishedOnly: true, limit: 10, offset: 0 }, db)).jobs.map((j) => j.id)).toEqual(["j1"]);
    await claimNextRow("j1", A, db);
    const counts = await countRowsByStatusForJobs(["j1", "j2"], db);
    expect([counts.get("j1")?.in_flight, counts.get("j1")?.pending, counts.get("j2")?.pending]).toEqual([1, 1, 2]);
    expect(await countRowsByStatusForJobs([], db)).toEqual(new Map());
  });
});

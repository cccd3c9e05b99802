// A job's end on each dialect: taken by exactly one instance once nothing is left, also when
// several ask at once; taken over when its holder goes quiet; let go when rows come back; and
// the scout's list of jobs with work for some instance.
import { describe, expect, it } from "vitest";
import { TEST_DIALECTS, useTestDatabase } from "@/scripts/test-support/test-databases";
import { requeueFailedRows } from "./bulk-job-changes";
import { endJob, jobsToWorkOn, takeJobEnd } from "./bulk-job-settlement";
import { countRowsByStatus, finishRow, getBulkJob, insertBulkJob, type NewBulkRow, setJobState } from "./bulk-jobs";
import { claimNextRow } from "./bulk-row-claims";
import type { Db } from "./database";

const pending = (count: number): NewBulkRow[] =>
  Array.from({ length: count }, (_, i) => ({ sourceRow: i + 2, name: `desk-${i}`, passwordSealed: Buffer.from(`sealed-${i}`), status: "pending" }));
const A = { owner: "a#1", ms: 30_000 };
const B = { owner: "b#1", ms: 30_000 };

/** A job of `count` rows, each claimed by A and finished with `status`. */
async function jobDone(db: Db, id: string, count: number, status: "created" | "failed" = "created") {
  await insertBulkJob({ id, domainId: "rd-1", existingPolicy: "skip", rows: pending(count) }, db);
  for (let i = 0; i < count; i++) {
    const row = await claimNextRow(id, A, db);
    await finishRow(id, row!.rowIndex, status === "created" ? { status, endpointId: `re-${i}` } : { status, error: "refused" }, db);
  }
}

describe.each(TEST_DIALECTS)("a job's end on %s", (dialect) => {
  const store = useTestDatabase(dialect);

  it("is due only once nothing is pending or in flight, and is taken by one of several instances asking at once", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(2) }, db);
    const first = await claimNextRow("j1", A, db);
    expect(await takeJobEnd("j1", A, db)).toBe(false);
    await finishRow("j1", first!.rowIndex, { status: "created", endpointId: "re-0" }, db);
    const second = await claimNextRow("j1", B, db);
    expect(await takeJobEnd("j1", A, db)).toBe(false);
    await finishRow("j1", second!.rowIndex, { status: "created", endpointId: "re-1" }, db);

    const takers = await Promise.all([A, B, A, B].map((terms) => takeJobEnd("j1", terms, db)));
    expect(takers.filter(Boolean)).toHaveLength(1);
    const winner = [A, B, A, B][takers.indexOf(true)]!;
    const loser = winner === A ? B : A;
    expect(await endJob("j1", loser.owner, db)).toBe(false);
    expect(await endJob("j1", winner.owner, db)).toBe(true);
    expect(await getBulkJob("j1", db)).toMatchObject({ status: "completed", finishedAt: expect.any(Number), notice: null });
    expect(await endJob("j1", winner.owner, db)).toBe(false);
    expect(await takeJobEnd("j1", B, db)).toBe(false);
  });

  it("is taken over when its holder stops renewing it", async () => {
    const { db } = store();
    await jobDone(db, "j1", 1);
    expect(await takeJobEnd("j1", A, db)).toBe(true);
    expect(await takeJobEnd("j1", B, db)).toBe(false);
    await db.updateTable("bulk_jobs").set({ lease_expires_at: 1 }).execute();
    expect(await takeJobEnd("j1", B, db)).toBe(true);
    expect(await endJob("j1", A.owner, db)).toBe(false);
    expect(await endJob("j1", B.owner, db)).toBe(true);
  });

  it("is let go when rows come back before it ends (Retry failed rows)", async () => {
    const { db } = store();
    await jobDone(db, "j1", 2, "failed");
    expect(await takeJobEnd("j1", A, db)).toBe(true);
    expect(await requeueFailedRows("j1", db)).toBe(2);
    expect(await endJob("j1", A.owner, db)).toBe(false);
    expect(await getBulkJob("j1", db)).toMatchObject({ status: "running", finishedAt: null });
    // Not held any more: once the rows are done again, the next end is due at once.
    for (let i = 0; i < 2; i++) await finishRow("j1", (await claimNextRow("j1", B, db))!.rowIndex, { status: "created", endpointId: `re-${i}` }, db);
    expect(await takeJobEnd("j1", B, db)).toBe(true);
  });

  it("of a cancelled job waits for rows in flight, then marks the unsent rows and wipes their passwords", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(3) }, db);
    const inFlight = await claimNextRow("j1", A, db);
    await setJobState("j1", { status: "cancelled" }, db);
    expect(await takeJobEnd("j1", B, db)).toBe(false);
    await finishRow("j1", inFlight!.rowIndex, { status: "created", endpointId: "re-0" }, db);
    expect(await takeJobEnd("j1", B, db)).toBe(true);
    expect(await endJob("j1", B.owner, db)).toBe(true);
    expect(await countRowsByStatus("j1", db)).toMatchObject({ created: 1, cancelled: 2, pending: 0 });
    expect(await getBulkJob("j1", db)).toMatchObject({ status: "cancelled", finishedAt: expect.any(Number) });
    expect(await db.selectFrom("bulk_rows").select("row_index").where("password_sealed", "is not", null).execute()).toEqual([]);
  });

  it("lists for the scout the jobs with work for some instance, and no others", async () => {
    const { db } = store();
    const job = (id: string, rows: number) => insertBulkJob({ id, domainId: "rd-1", existingPolicy: "skip", rows: pending(rows) }, db);
    await job("pending", 1);
    await job("held", 1);
    await claimNextRow("held", A, db);
    await job("lapsed", 1);
    await claimNextRow("lapsed", A, db);
    await db.updateTable("bulk_rows").set({ lease_expires_at: 1 }).where("job_id", "=", "lapsed").execute();
    await job("paused", 1);
    await setJobState("paused", { status: "paused" }, db);
    await job("cancelled-unsent", 1);
    await setJobState("cancelled-unsent", { status: "cancelled" }, db);
    await jobDone(db, "end-due", 1);
    await jobDone(db, "end-held", 1);
    await takeJobEnd("end-held", A, db);
    await jobDone(db, "ended", 1);
    await takeJobEnd("ended", A, db);
    await endJob("ended", A.owner, db);

    expect((await jobsToWorkOn(db)).toSorted()).toEqual(["cancelled-unsent", "end-due", "lapsed", "pending"]);
  });
});

// Claims with leases on each dialect: two instances never take the same row, a live lease
// keeps a row its holder's, a lapsed one is taken over in doubt as a new attempt, and an
// outcome under a claim that was taken over is refused with everything written beside it.
import { describe, expect, it, vi } from "vitest";
import { TEST_DIALECTS, useTestDatabase } from "@/scripts/test-support/test-databases";
import { finishRow, insertBulkJob, listRowsChangedSince, type NewBulkRow, returnRowToPending, setJobState } from "./bulk-jobs";
import { claimNextRow, endLeasesOfEarlierRuns, renewLeases } from "./bulk-row-claims";
import { listCreatedEndpoints, recordCreatedEndpoint } from "./created-endpoints";
import type { Db } from "./database";
import { inTransaction } from "./dialect";
import { holdingRowLease, isRowLeaseLost } from "./row-lease";

const pending = (count: number): NewBulkRow[] =>
  Array.from({ length: count }, (_, i) => ({ sourceRow: i + 2, name: `desk-${i}`, passwordSealed: Buffer.from(`sealed-${i}`), status: "pending" }));
const A = { owner: "host-a:3000#a1", ms: 30_000 };
const B = { owner: "host-b:3000#b1", ms: 30_000 };

const leases = async (db: Db) =>
  db.selectFrom("bulk_rows").select(["row_index", "status", "lease_owner", "lease_expires_at", "attempts", "in_doubt"]).orderBy("row_index").execute();
/** A lease that ran out, as if its holder had stopped renewing it long ago. */
const lapse = (db: Db, rowIndex: number) => db.updateTable("bulk_rows").set({ lease_expires_at: 1 }).where("row_index", "=", rowIndex).execute();

describe.each(TEST_DIALECTS)("row claims on %s", (dialect) => {
  const store = useTestDatabase(dialect);

  it("gives each claim its holder and a lease on the database's clock", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(2) }, db);
    const before = Date.now();
    const row = await claimNextRow("j1", A, db);
    expect(row).toMatchObject({ rowIndex: 0, status: "in_flight", attempts: 1, inDoubt: false, lease: { jobId: "j1", rowIndex: 0, owner: A.owner, attempt: 1 } });
    const [claimed] = await leases(db);
    expect(claimed!.lease_owner).toBe(A.owner);
    // The same machine's clock, give or take a few seconds.
    expect(claimed!.lease_expires_at).toBeGreaterThan(before + A.ms - 5_000);
    expect(claimed!.lease_expires_at).toBeLessThan(Date.now() + A.ms + 5_000);
  });

  it("two instances claiming at once never take the same row", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(20) }, db);
    const claims = await Promise.all(Array.from({ length: 26 }, (_, i) => claimNextRow("j1", i % 2 ? A : B, db)));
    const taken = claims.filter((c) => c !== undefined);
    expect(taken.map((c) => c.rowIndex).toSorted((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(new Set(taken.map((c) => c.lease.owner))).toEqual(new Set([A.owner, B.owner]));
  });

  it("leaves a row with a live lease to its holder and takes a lapsed one over, in doubt, as another attempt", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(1) }, db);
    await claimNextRow("j1", { owner: A.owner, ms: 300 }, db);
    expect(await claimNextRow("j1", B, db)).toBeUndefined();
    // Nobody renews A's lease: once the database's clock passes it, B takes the row.
    const taken = await vi.waitFor(async () => (await claimNextRow("j1", B, db)) ?? Promise.reject(new Error("not lapsed yet")), { timeout: 5_000, interval: 50 });
    expect(taken).toMatchObject({ rowIndex: 0, inDoubt: true, attempts: 2, passwordSealed: Buffer.from("sealed-0"), lease: { owner: B.owner, attempt: 2 } });
  });

  it("takes only lapsed rows of a cancelled job (rows in flight at a cancel still finish), none of a paused one", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(3) }, db);
    await claimNextRow("j1", A, db);
    await claimNextRow("j1", A, db);
    await lapse(db, 1);
    await setJobState("j1", { status: "paused" }, db);
    expect(await claimNextRow("j1", B, db)).toBeUndefined();
    await setJobState("j1", { status: "cancelled" }, db);
    expect(await claimNextRow("j1", B, db)).toMatchObject({ rowIndex: 1, inDoubt: true });
    expect(await claimNextRow("j1", B, db)).toBeUndefined();
  });

  it("refuses an outcome under a claim taken over, rolling back what was written with it; a late one before any takeover counts", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(2) }, db);
    const mine = (await claimNextRow("j1", A, db))!;
    const other = (await claimNextRow("j1", A, db))!;
    await lapse(db, 0);
    await lapse(db, 1);
    const theirs = (await claimNextRow("j1", B, db))!;
    expect(theirs.rowIndex).toBe(0);

    const lateCreate = holdingRowLease(mine.lease, () =>
      inTransaction(db, async (trx) => {
        await recordCreatedEndpoint({ endpointId: "re-late", name: "desk-0", domainId: "rd-1", source: "bulk", jobId: "j1", actor: { type: "shared-admin" } }, trx);
        await finishRow("j1", 0, { status: "created", endpointId: "re-late" }, trx);
      }),
    );
    await expect(lateCreate).rejects.toSatisfy(isRowLeaseLost);
    await expect(holdingRowLease(mine.lease, () => returnRowToPending("j1", 0, true, db))).rejects.toSatisfy(isRowLeaseLost);
    expect(await listCreatedEndpoints({ domainId: "rd-1" }, db)).toEqual([]);
    expect((await leases(db))[0]).toMatchObject({ status: "in_flight", lease_owner: B.owner, attempts: 2 });

    // The new holder's outcome counts; so does A's for row 1: lapsed, but nobody took it over.
    await holdingRowLease(theirs.lease, () => finishRow("j1", 0, { status: "already_existed", endpointId: "re-late" }, db));
    await holdingRowLease(other.lease, () => finishRow("j1", 1, { status: "created", endpointId: "re-1" }, db));
    expect((await listRowsChangedSince("j1", 0, db)).map((r) => [r.status, r.endpointId])).toEqual([
      ["already_existed", "re-late"],
      ["created", "re-1"],
    ]);
    // A finished row is never finished again, not even by its last holder.
    await expect(holdingRowLease(theirs.lease, () => finishRow("j1", 0, { status: "failed", error: "late" }, db))).rejects.toSatisfy(isRowLeaseLost);
  });

  it("renews only its own leases, and at start ends only those its own earlier run left", async () => {
    const { db } = store();
    await insertBulkJob({ id: "j1", domainId: "rd-1", existingPolicy: "skip", rows: pending(4) }, db);
    const earlier = { owner: "host-a:3000#old", ms: 30_000 };
    const lookalike = { owner: "host-a:300#x", ms: 30_000 };
    for (const holder of [A, B, earlier, lookalike]) await claimNextRow("j1", holder, db);
    await db.updateTable("bulk_rows").set({ lease_expires_at: 5 }).execute();

    await renewLeases(A, db);
    expect((await leases(db)).map((r) => r.lease_expires_at! > Date.now())).toEqual([true, false, false, false]);

    await endLeasesOfEarlierRuns("host-a:3000", A, db);
    expect((await leases(db)).map((r) => r.lease_expires_at)).toEqual([expect.any(Number), 5, 0, 5]);
  });
});

import "server-only";
// Claiming a job's rows with leases, so that any instance on the store can work on any job.
// A claim takes a pending row of a running job, or a row still "in flight" whose lease lapsed
// (its instance died or lost the store): that one comes back in doubt, to be looked up by name
// before it is posted again. The holder's heartbeat renews its leases; an outcome is written
// only while its claim still holds the row (row-lease.ts).
//
// Times are the database's clock (db-clock.ts). A row in flight without a lease (left by a
// version before leases) counts as lapsed.
import { getDb } from "./database";
import { databaseNowMs } from "./db-clock";
import { type Db, dialectOf, inTransaction } from "./dialect";
import { type BulkRowRecord, ROW_COLUMNS, toRow } from "./bulk-job-records";
import type { RowLease } from "./row-lease";

/** Who claims, and for how long a claim lasts without a renewal. */
export interface LeaseTerms {
  owner: string;
  ms: number;
}

export type ClaimedRow = BulkRowRecord & { passwordSealed: Buffer | null; lease: RowLease };

/**
 * The next row to send: of a running job, a pending row or a lapsed one; of a cancelled job,
 * only a lapsed one (rows in flight at a cancel still finish). Undefined when there is none.
 *
 * The job's row is locked first (the sequence bump, as for every row change: bulk-jobs.ts), so
 * a cancel or pause that committed first wins. The row itself is chosen and marked in one
 * statement; on Postgres with SKIP LOCKED, so a claim never waits on a row another
 * transaction holds, and two claims never take the same row.
 */
export async function claimNextRow(jobId: string, terms: LeaseTerms, db: Db = getDb()): Promise<ClaimedRow | undefined> {
  return inTransaction(db, async (trx) => {
    const job = await trx
      .updateTable("bulk_jobs")
      .set((eb) => ({ seq: eb("seq", "+", 1), updated_at: Date.now() }))
      .where("id", "=", jobId)
      .where("status", "in", ["running", "cancelled"])
      .returning(["seq", "status"])
      .executeTakeFirst();
    if (!job) return undefined;
    const now = databaseNowMs(trx);
    const claimed = await trx
      .updateTable("bulk_rows")
      .set((eb) => ({
        status: "in_flight",
        attempts: eb("attempts", "+", 1),
        seq: job.seq,
        lease_owner: terms.owner,
        lease_expires_at: eb(now, "+", terms.ms),
        // Taken over from a holder that went quiet: its attempt may have reached Catapult.
        in_doubt: eb.case().when("status", "=", "in_flight").then(1 as const).else(eb.ref("in_doubt")).end(),
      }))
      .where("job_id", "=", jobId)
      .where("row_index", "=", (eb) =>
        eb
          .selectFrom("bulk_rows")
          .select("row_index")
          .where("job_id", "=", jobId)
          .where((w) => {
            const lapsed = w.and([w("status", "=", "in_flight"), w(w.fn.coalesce("lease_expires_at", w.lit(0)), "<", now)]);
            return job.status === "running" ? w.or([w("status", "=", "pending"), lapsed]) : lapsed;
          })
          .orderBy("row_index")
          .limit(1)
          .$if(dialectOf(trx) === "postgres", (q) => q.forUpdate().skipLocked()),
      )
      .returning([...ROW_COLUMNS, "password_sealed as passwordSealed"])
      .executeTakeFirst();
    if (!claimed) return undefined;
    const row = toRow(claimed);
    return { ...row, passwordSealed: claimed.passwordSealed, lease: { jobId, rowIndex: row.rowIndex, owner: terms.owner, attempt: row.attempts } };
  });
}

/** The heartbeat: extends the leases of every row, and job, this instance run holds. */
export async function renewLeases(terms: LeaseTerms, db: Db = getDb()): Promise<void> {
  await inTransaction(db, async (trx) => {
    const expires = databaseNowMs(trx);
    await trx
      .updateTable("bulk_rows")
      .set((eb) => ({ lease_expires_at: eb(expires, "+", terms.ms) }))
      .where("status", "=", "in_flight")
      .where("lease_owner", "=", terms.owner)
      .execute();
    await trx
      .updateTable("bulk_jobs")
      .set((eb) => ({ lease_expires_at: eb(expires, "+", terms.ms) }))
      .where("lease_owner", "=", terms.owner)
      .execute();
  });
}

/**
 * At start: what an earlier run of this same instance (`instanceId`, from INSTANCE_ID or host
 * and port) still held is an orphan, as that run is gone; its leases end now instead of at
 * their expiry. Other instances' leases are left to lapse on their own.
 */
export async function endLeasesOfEarlierRuns(instanceId: string, terms: LeaseTerms, db: Db = getDb()): Promise<void> {
  const prefix = `${instanceId}#`;
  await inTransaction(db, async (trx) => {
    for (const table of ["bulk_rows", "bulk_jobs"] as const) {
      await trx
        .updateTable(table)
        .set({ lease_expires_at: 0 })
        .where((eb) => eb(eb.fn("substr", ["lease_owner", eb.lit(1), eb.val(prefix.length)]), "=", prefix))
        .where("lease_owner", "<>", terms.owner)
        .where("lease_expires_at", "is not", null)
        .execute();
    }
  });
}

import "server-only";
// A job's end, decided once whichever instance finishes its last row: a running job with
// nothing pending or in flight completes; a cancelled one, once nothing is in flight, has its
// unsent rows marked "not sent". Before that, one instance reads the SIP details of the job's
// endpoints: it takes the job's own lease (renewed by its heartbeat like its rows'), so the
// read runs once, and if that instance dies, another takes over once the lease lapses.
//
// finished_at says a job's end was settled; until then the scout (jobsToWorkOn) keeps
// looking at it.
import type { ExpressionBuilder } from "kysely";
import { cancelPendingRows } from "./bulk-job-changes";
import { lockBulkJob, nextSeq } from "./bulk-jobs";
import type { LeaseTerms } from "./bulk-row-claims";
import { getDb } from "./database";
import { databaseNowMs } from "./db-clock";
import { type Db, inTransaction } from "./dialect";
import type { DashboardTables } from "./schema";

type JobsEb = ExpressionBuilder<DashboardTables, "bulk_jobs">;

/** Rows that keep the job from ending: any in flight, and, while it runs, any pending. */
function rowsLeft(eb: JobsEb) {
  return eb.exists(
    eb
      .selectFrom("bulk_rows")
      .select("bulk_rows.row_index")
      .whereRef("bulk_rows.job_id", "=", "bulk_jobs.id")
      .where((r) => r.or([r("bulk_rows.status", "=", "in_flight"), r.and([r("bulk_rows.status", "=", "pending"), r("bulk_jobs.status", "=", "running")])])),
  );
}

/**
 * Takes the job's end for this instance when it is due and nobody else holds it: true for
 * exactly one taker. Postgres re-checks the job's row under its lock, so of two instances
 * finishing the last two rows at once, one takes it.
 */
export async function takeJobEnd(jobId: string, terms: LeaseTerms, db: Db = getDb()): Promise<boolean> {
  const now = databaseNowMs(db);
  const taken = await db
    .updateTable("bulk_jobs")
    .set((eb) => ({ lease_owner: terms.owner, lease_expires_at: eb(now, "+", terms.ms) }))
    .where("id", "=", jobId)
    .where("finished_at", "is", null)
    .where("status", "in", ["running", "cancelled"])
    .where((eb) => eb(eb.fn.coalesce("lease_expires_at", eb.lit(0)), "<", now))
    .where((eb) => eb.not(rowsLeft(eb)))
    .executeTakeFirst();
  return Number(taken.numUpdatedRows) === 1;
}

/**
 * Ends the job taken with takeJobEnd: completed, or for a cancelled job its unsent rows "not
 * sent" (their passwords wiped). False, and the job let go, when rows came back meanwhile (a
 * retry of failed rows) or the lease was lost.
 */
export async function endJob(jobId: string, owner: string, db: Db = getDb()): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const job = await lockBulkJob(jobId, trx);
    const held = await trx.selectFrom("bulk_jobs").select("lease_owner").where("id", "=", jobId).where("lease_owner", "=", owner).executeTakeFirst();
    if (!job || !held || job.finishedAt !== null) return false;
    const due = await trx.selectFrom("bulk_jobs").select("id").where("id", "=", jobId).where((eb) => eb.not(rowsLeft(eb))).executeTakeFirst();
    if (!due || (job.status !== "running" && job.status !== "cancelled")) {
      await trx.updateTable("bulk_jobs").set({ lease_owner: null, lease_expires_at: null }).where("id", "=", jobId).execute();
      return false;
    }
    if (job.status === "cancelled") await cancelPendingRows(jobId, trx);
    await nextSeq(trx, jobId);
    await trx
      .updateTable("bulk_jobs")
      .set({ status: job.status === "running" ? "completed" : "cancelled", notice: null, finished_at: Date.now(), lease_expires_at: null })
      .where("id", "=", jobId)
      .execute();
    return true;
  });
}

/**
 * The scout's question: unfinished jobs with work for any instance: a running job with rows
 * pending or lapsed, a cancelled one with lapsed rows, or either whose end is due and not
 * held by a live instance.
 */
export async function jobsToWorkOn(db: Db = getDb()): Promise<string[]> {
  const now = databaseNowMs(db);
  const jobs = await db
    .selectFrom("bulk_jobs")
    .select("id")
    .where("finished_at", "is", null)
    .where("status", "in", ["running", "cancelled"])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom("bulk_rows")
            .select("bulk_rows.row_index")
            .whereRef("bulk_rows.job_id", "=", "bulk_jobs.id")
            .where((r) =>
              r.or([
                r.and([r("bulk_rows.status", "=", "pending"), r("bulk_jobs.status", "=", "running")]),
                r.and([r("bulk_rows.status", "=", "in_flight"), r(r.fn.coalesce("bulk_rows.lease_expires_at", r.lit(0)), "<", now)]),
              ]),
            ),
        ),
        eb.and([eb(eb.fn.coalesce("bulk_jobs.lease_expires_at", eb.lit(0)), "<", now), eb.not(rowsLeft(eb))]),
      ]),
    )
    .orderBy("created_at")
    .execute();
  return jobs.map((j) => j.id);
}

import "server-only";
// Changes to many of a job's rows at once: "Retry failed rows", a cancel, the SIP details
// read at a job's end, and the wipe of retry passwords past their window. Each wipe of sealed passwords asks the store to vacuum (vacuum.ts).
import { retryableRow } from "./bulk-job-records";
import { nextSeq } from "./bulk-jobs";
import { getDb } from "./database";
import { type Db, inTransaction, storeHooks } from "./dialect";

export async function requeueFailedRows(jobId: string, db: Db = getDb()): Promise<number> {
  return inTransaction(db, async (trx) => {
    const seq = await nextSeq(trx, jobId);
    const result = await trx
      .updateTable("bulk_rows")
      .set({ status: "pending", error: null, finished_at: null, seq })
      .where("job_id", "=", jobId)
      .where(retryableRow)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  });
}

/** Rows not yet sent will not be: their passwords are wiped with them. */
export async function cancelPendingRows(jobId: string, db: Db = getDb()): Promise<void> {
  const changed = await inTransaction(db, async (trx) => {
    const seq = await nextSeq(trx, jobId);
    const cancelled = await trx
      .updateTable("bulk_rows")
      .set({ status: "cancelled", password_sealed: null, seq, finished_at: Date.now() })
      .where("job_id", "=", jobId)
      .where("status", "=", "pending")
      .executeTakeFirst();
    const failed = await trx.updateTable("bulk_rows").set({ password_sealed: null }).where("job_id", "=", jobId).where("status", "=", "failed").executeTakeFirst();
    return Number(cancelled.numUpdatedRows) + Number(failed.numUpdatedRows);
  });
  if (changed > 0) storeHooks(db).afterWipe("bulk_rows");
}

export async function saveEndpointDetails(
  jobId: string,
  details: Map<string, { sipUri: string; realm: string; username: string }>,
  db: Db = getDb(),
): Promise<void> {
  await inTransaction(db, async (trx) => {
    const seq = await nextSeq(trx, jobId);
    // Only the job's own rows: the domain may hold many more endpoints than the job touched.
    const rows = await trx.selectFrom("bulk_rows").select(["row_index", "endpoint_id"]).where("job_id", "=", jobId).where("endpoint_id", "is not", null).execute();
    for (const row of rows) {
      const d = details.get(row.endpoint_id!);
      if (!d) continue;
      await trx
        .updateTable("bulk_rows")
        .set({ sip_uri: d.sipUri, realm: d.realm, username: d.username, seq })
        .where("job_id", "=", jobId)
        .where("row_index", "=", row.row_index)
        .execute();
    }
  });
}

/** A stop may come between a wipe and its vacuum (Postgres): the next start asks again. */
export function vacuumWipedPasswords(db: Db = getDb()): void {
  storeHooks(db).afterWipe("bulk_rows");
}

/** Sealed passwords kept for "Retry failed rows" are wiped once their job finished before `cutoff`. */
export async function wipeRetryPasswordsFinishedBefore(cutoff: number, db: Db = getDb()): Promise<number> {
  const result = await db
    .updateTable("bulk_rows")
    .set({ password_sealed: null })
    .where("password_sealed", "is not", null)
    .where("status", "=", "failed")
    .where("job_id", "in", (eb) => eb.selectFrom("bulk_jobs").select("id").where("finished_at", "is not", null).where("finished_at", "<", cutoff))
    .executeTakeFirst();
  const wiped = Number(result.numUpdatedRows);
  if (wiped > 0) storeHooks(db).afterWipe("bulk_rows");
  return wiped;
}

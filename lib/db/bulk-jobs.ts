import "server-only";
// Bulk jobs and their rows. Every change to a row bumps the job's sequence number, so a
// page watching a job fetches only what changed since it last looked.
//
// Locking order, for Postgres: a transaction that changes a job's rows locks the job's row
// first (the sequence bump, or lockJob), then the rows. Two instances working on one job then
// take turns instead of deadlocking, and a claim never races a cancel. Claims and their
// leases: bulk-row-claims.ts; a job's end: bulk-job-settlement.ts.
import { type AuditActor, actorLabel } from "@/lib/audit/contract";
import { type BulkAction, BULK_ROW_STATUSES, type BulkJobStatus, type BulkRowStatus, type ExistingPolicy } from "@/lib/bulk/contract";
import { getDb } from "./database";
import { type Db, dialectOf, inTransaction, storeHooks } from "./dialect";
import { BULK_JOB_COLUMNS, type BulkJobRecord, type BulkRowRecord, type NewBulkRow, retryableRow, ROW_COLUMNS, toRow } from "./bulk-job-records";
import { heldLeaseOn, RowLeaseLost, stillHeldBy } from "./row-lease";

export type { BulkJobRecord, BulkRowOp, BulkRowRecord, NewBulkRow } from "./bulk-job-records";

/** Rows per INSERT: well under SQLite's 32,766 bound parameters (15 a row). */
const INSERT_CHUNK = 500;

export async function insertBulkJob(
  job: { id: string; domainId: string; action?: BulkAction; existingPolicy: ExistingPolicy; rows: NewBulkRow[]; actor?: AuditActor },
  db: Db = getDb(),
): Promise<void> {
  const now = Date.now();
  const actor = job.actor ?? { type: "shared-admin" };
  const rows = job.rows.map((row, index) => ({
    job_id: job.id,
    row_index: index,
    source_row: row.sourceRow,
    name: row.name,
    description: row.description ?? null,
    application_id: row.applicationId ?? null,
    enabled: row.enabled === undefined ? null : row.enabled ? (1 as const) : (0 as const),
    password_sealed: row.passwordSealed,
    status: row.status,
    error: row.error ?? null,
    endpoint_id: row.endpointId ?? null,
    seq: 1,
    finished_at: row.status === "pending" ? null : now,
    patch: row.patch ? JSON.stringify(row.patch) : null,
    op: row.op ?? (row.patch ? "update" : "create"),
  }));
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto("bulk_jobs")
      .values({
        id: job.id, domain_id: job.domainId, action: job.action ?? "create", status: "running", existing_policy: job.existingPolicy, total: job.rows.length,
        seq: 1, created_at: now, updated_at: now, actor_type: actor.type, actor_id: "id" in actor ? actor.id : null, actor_label: actorLabel(actor),
        pause_reason: null, notice: null, finished_at: null,
      })
      .execute();
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) await trx.insertInto("bulk_rows").values(rows.slice(i, i + INSERT_CHUNK)).execute();
  });
}

export async function getBulkJob(id: string, db: Db = getDb()): Promise<BulkJobRecord | undefined> {
  return db.selectFrom("bulk_jobs").select(BULK_JOB_COLUMNS).where("id", "=", id).executeTakeFirst();
}

/**
 * The job, its row locked until the transaction `trx` ends (Postgres; SQLite's one writer needs
 * no lock): for a read-then-write another instance must not interleave with.
 */
export async function lockBulkJob(id: string, trx: Db): Promise<BulkJobRecord | undefined> {
  return trx
    .selectFrom("bulk_jobs")
    .select(BULK_JOB_COLUMNS)
    .where("id", "=", id)
    .$if(dialectOf(trx) === "postgres", (q) => q.forUpdate())
    .executeTakeFirst();
}

export async function countRowsByStatus(jobId: string, db: Db = getDb()): Promise<Record<BulkRowStatus, number>> {
  const counts = Object.fromEntries(BULK_ROW_STATUSES.map((s) => [s, 0])) as Record<BulkRowStatus, number>;
  const rows = await db.selectFrom("bulk_rows").select((eb) => ["status", eb.fn.countAll<number>().as("n")]).where("job_id", "=", jobId).groupBy("status").execute();
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/** Failed rows "Retry failed rows" can send again. */
export async function countRetryableRows(jobId: string, db: Db = getDb()): Promise<number> {
  const row = await db
    .selectFrom("bulk_rows")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("job_id", "=", jobId)
    .where(retryableRow)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const FINISHED: readonly BulkRowStatus[] = ["created", "already_existed", "updated", "unchanged", "deleted", "already_gone", "failed"];

/** Rows that finished after `since` (epoch ms): the job's recent pace. */
export async function countRowsFinishedSince(jobId: string, since: number, db: Db = getDb()): Promise<number> {
  const row = await db
    .selectFrom("bulk_rows")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("job_id", "=", jobId)
    .where("finished_at", ">", since)
    .where("status", "in", FINISHED)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listRowsChangedSince(jobId: string, afterSeq: number, db: Db = getDb()): Promise<BulkRowRecord[]> {
  const rows = await db.selectFrom("bulk_rows").select(ROW_COLUMNS).where("job_id", "=", jobId).where("seq", ">", afterSeq).orderBy("row_index").execute();
  return rows.map(toRow);
}

/** Bumps the job's sequence number (locking its row on Postgres until the transaction ends). */
export async function nextSeq(trx: Db, jobId: string): Promise<number> {
  const row = await trx
    .updateTable("bulk_jobs")
    .set((eb) => ({ seq: eb("seq", "+", 1), updated_at: Date.now() }))
    .where("id", "=", jobId)
    .returning("seq")
    .executeTakeFirstOrThrow();
  return row.seq;
}

/**
 * Records a row's outcome. The sealed password is wiped as soon as the row is done with;
 * a failed row keeps it only so that "Retry failed rows" can send it again. Under a row lease
 * (row-lease.ts) only while that claim still holds the row; else RowLeaseLost.
 */
export async function finishRow(
  jobId: string,
  rowIndex: number,
  outcome: { status: Extract<BulkRowStatus, "created" | "already_existed" | "updated" | "unchanged" | "deleted" | "already_gone" | "skipped" | "failed">; endpointId?: string; error?: string },
  db: Db = getDb(),
): Promise<void> {
  const failed = outcome.status === "failed";
  const lease = heldLeaseOn(jobId, rowIndex);
  await inTransaction(db, async (trx) => {
    const seq = await nextSeq(trx, jobId);
    const result = await trx
      .updateTable("bulk_rows")
      .set((eb) => ({
        status: outcome.status,
        endpoint_id: outcome.endpointId ?? eb.ref("endpoint_id"),
        error: outcome.error ?? null,
        seq,
        finished_at: Date.now(),
        lease_expires_at: null,
        ...(failed ? {} : { in_doubt: 0 as const, password_sealed: null }),
      }))
      .where("job_id", "=", jobId)
      .where("row_index", "=", rowIndex)
      .$if(lease !== undefined, (q) => q.where(stillHeldBy(lease!)))
      .executeTakeFirst();
    if (lease && Number(result.numUpdatedRows) === 0) throw new RowLeaseLost(lease, outcome.status);
  });
  if (!failed) storeHooks(db).afterWipe("bulk_rows");
}

/** Puts a row back in line; `inDoubt` when the attempt may have reached Catapult (a row once in doubt stays so). */
export async function returnRowToPending(jobId: string, rowIndex: number, inDoubt: boolean, db: Db = getDb()): Promise<void> {
  const lease = heldLeaseOn(jobId, rowIndex);
  await inTransaction(db, async (trx) => {
    const seq = await nextSeq(trx, jobId);
    const result = await trx
      .updateTable("bulk_rows")
      .set({ status: "pending", seq, lease_expires_at: null, ...(inDoubt ? { in_doubt: 1 as const } : {}) })
      .where("job_id", "=", jobId)
      .where("row_index", "=", rowIndex)
      .$if(lease !== undefined, (q) => q.where(stillHeldBy(lease!)))
      .executeTakeFirst();
    if (lease && Number(result.numUpdatedRows) === 0) throw new RowLeaseLost(lease, "back in line");
  });
}

/**
 * A create row whose name turned out to be taken, under "update existing names": it becomes an
 * update of that endpoint (its stored `patch`, its sealed password) and goes back in line.
 */
export async function turnRowIntoUpdate(jobId: string, rowIndex: number, endpointId: string, db: Db = getDb()): Promise<void> {
  // Like finishRow: only while this instance's claim still holds the row.
  const lease = heldLeaseOn(jobId, rowIndex);
  await inTransaction(db, async (trx) => {
    const seq = await nextSeq(trx, jobId);
    const result = await trx
      .updateTable("bulk_rows")
      .set({ op: "update", endpoint_id: endpointId, status: "pending", in_doubt: 0, seq, lease_expires_at: null })
      .where("job_id", "=", jobId)
      .where("row_index", "=", rowIndex)
      .$if(lease !== undefined, (q) => q.where(stillHeldBy(lease!)))
      .executeTakeFirst();
    if (lease && Number(result.numUpdatedRows) === 0) throw new RowLeaseLost(lease, "turned into an update");
  });
}

export async function setJobState(
  jobId: string,
  change: { status?: BulkJobStatus; pauseReason?: string | null; notice?: string | null; finishedAt?: number | null },
  db: Db = getDb(),
): Promise<void> {
  await db
    .updateTable("bulk_jobs")
    .set((eb) => ({
      ...(change.status !== undefined ? { status: change.status } : {}),
      ...(change.pauseReason !== undefined ? { pause_reason: change.pauseReason } : {}),
      ...(change.notice !== undefined ? { notice: change.notice } : {}),
      ...(change.finishedAt !== undefined ? { finished_at: change.finishedAt } : {}),
      seq: eb("seq", "+", 1),
      updated_at: Date.now(),
    }))
    .where("id", "=", jobId)
    .execute();
}

import "server-only";
// Bulk jobs and their rows. Every change to a row bumps the job's sequence number, so a
// page watching a job fetches only what changed since it last looked.
import type Database from "better-sqlite3";
import { type AuditActor, actorLabel } from "@/lib/audit/contract";
import { type BulkAction, BULK_ROW_STATUSES, type BulkJobStatus, type BulkRowStatus, type ExistingPolicy } from "@/lib/bulk/contract";
import type { EndpointPatch } from "@/lib/bulk/endpoint-diff";
import { getDb } from "./database";

export interface BulkJobRecord {
  id: string;
  domainId: string;
  action: BulkAction;
  status: BulkJobStatus;
  existingPolicy: ExistingPolicy;
  pauseReason: string | null;
  notice: string | null;
  total: number;
  seq: number;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
  /** Who started the job: the actor of the endpoints it creates. */
  actorType: string;
  actorId: string | null;
  actorLabel: string;
}

export interface BulkRowRecord {
  rowIndex: number;
  sourceRow: number;
  name: string;
  description: string | null;
  applicationId: string | null;
  enabled: boolean | null;
  status: BulkRowStatus;
  inDoubt: boolean;
  attempts: number;
  endpointId: string | null;
  sipUri: string | null;
  realm: string | null;
  username: string | null;
  error: string | null;
  seq: number;
  finishedAt: number | null;
  /** An "update existing names" row: the fields to change (JSON in the database); null to create. */
  patch: EndpointPatch | null;
  /** What the runner sends: create (POST), update (read, then POST of patch or password), delete (read, then DELETE). */
  op: BulkRowOp;
}

export type BulkRowOp = "create" | "update" | "delete";

export interface NewBulkRow {
  sourceRow: number;
  name: string;
  description?: string;
  applicationId?: string;
  enabled?: boolean;
  /** Sealed password; null for rows that will never be sent. */
  passwordSealed: Buffer | null;
  status: Extract<BulkRowStatus, "pending" | "skipped" | "failed" | "unchanged" | "already_gone">;
  error?: string;
  endpointId?: string;
  /** Update this existing endpoint (endpointId) with these fields instead of creating it. */
  patch?: EndpointPatch;
  /** Default: "update" with a patch, else "create". */
  op?: BulkRowOp;
}

export const BULK_JOB_COLUMNS = `id, domain_id AS domainId, action, status, existing_policy AS existingPolicy, pause_reason AS pauseReason,
  notice, total, seq, created_at AS createdAt, updated_at AS updatedAt, finished_at AS finishedAt,
  actor_type AS actorType, actor_id AS actorId, actor_label AS actorLabel`;
const ROW_COLUMNS = `row_index AS rowIndex, source_row AS sourceRow, name, description, application_id AS applicationId,
  enabled, status, in_doubt AS inDoubt, attempts, endpoint_id AS endpointId, sip_uri AS sipUri, realm, username, error, seq,
  finished_at AS finishedAt, patch, op`;

function toRow(raw: Record<string, unknown>): BulkRowRecord {
  const patch = typeof raw.patch === "string" ? (JSON.parse(raw.patch) as EndpointPatch) : null;
  return { ...(raw as unknown as BulkRowRecord), enabled: raw.enabled === null ? null : raw.enabled === 1, inDoubt: raw.inDoubt === 1, patch };
}

export function insertBulkJob(
  job: { id: string; domainId: string; action?: BulkAction; existingPolicy: ExistingPolicy; rows: NewBulkRow[]; actor?: AuditActor },
  db: Database.Database = getDb(),
): void {
  const now = Date.now();
  const actor = job.actor ?? { type: "shared-admin" };
  const insertRow = db.prepare(
    `INSERT INTO bulk_rows (job_id, row_index, source_row, name, description, application_id, enabled, password_sealed, status, error, endpoint_id, seq, finished_at, patch, op)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  db.transaction(() => {
    db.prepare(
      `INSERT INTO bulk_jobs (id, domain_id, action, status, existing_policy, total, seq, created_at, updated_at, actor_type, actor_id, actor_label)
       VALUES (?, ?, ?, 'running', ?, ?, 1, ?, ?, ?, ?, ?)`,
    ).run(job.id, job.domainId, job.action ?? "create", job.existingPolicy, job.rows.length, now, now, actor.type, "id" in actor ? actor.id : null, actorLabel(actor));
    job.rows.forEach((row, index) => {
      const enabled = row.enabled === undefined ? null : row.enabled ? 1 : 0;
      const finishedAt = row.status === "pending" ? null : now;
      insertRow.run(job.id, index, row.sourceRow, row.name, row.description ?? null, row.applicationId ?? null, enabled, row.passwordSealed, row.status, row.error ?? null, row.endpointId ?? null, finishedAt, row.patch ? JSON.stringify(row.patch) : null, row.op ?? (row.patch ? "update" : "create"));
    });
  })();
}

export function getBulkJob(id: string, db: Database.Database = getDb()): BulkJobRecord | undefined {
  return db.prepare(`SELECT ${BULK_JOB_COLUMNS} FROM bulk_jobs WHERE id = ?`).get(id) as BulkJobRecord | undefined;
}

export function countRowsByStatus(jobId: string, db: Database.Database = getDb()): Record<BulkRowStatus, number> {
  const counts = Object.fromEntries(BULK_ROW_STATUSES.map((s) => [s, 0])) as Record<BulkRowStatus, number>;
  for (const r of db.prepare("SELECT status, COUNT(*) AS n FROM bulk_rows WHERE job_id = ? GROUP BY status").all(jobId) as { status: BulkRowStatus; n: number }[]) {
    counts[r.status] = r.n;
  }
  return counts;
}

/**
 * A failed row can be sent again while it holds what it needs: a sealed password to create or
 * rotate, its changes to update, or nothing more to delete. A rotation whose password was
 * wiped has a patch ({}) but is refused by the runner, with its reason.
 */
const RETRYABLE = "status = 'failed' AND (password_sealed IS NOT NULL OR patch IS NOT NULL OR op = 'delete')";

/** Failed rows "Retry failed rows" can send again. */
export function countRetryableRows(jobId: string, db: Database.Database = getDb()): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM bulk_rows WHERE job_id = ? AND ${RETRYABLE}`).get(jobId) as { n: number }).n;
}

/** Rows that finished after `since` (epoch ms): the job's recent pace. */
export function countRowsFinishedSince(jobId: string, since: number, db: Database.Database = getDb()): number {
  const row = db.prepare("SELECT COUNT(*) AS n FROM bulk_rows WHERE job_id = ? AND finished_at > ? AND status IN ('created', 'already_existed', 'updated', 'unchanged', 'deleted', 'already_gone', 'failed')").get(jobId, since) as { n: number };
  return row.n;
}

export function listRowsChangedSince(jobId: string, afterSeq: number, db: Database.Database = getDb()): BulkRowRecord[] {
  return (db.prepare(`SELECT ${ROW_COLUMNS} FROM bulk_rows WHERE job_id = ? AND seq > ? ORDER BY row_index`).all(jobId, afterSeq) as Record<string, unknown>[]).map(toRow);
}

function nextSeq(db: Database.Database, jobId: string): number {
  const row = db.prepare("UPDATE bulk_jobs SET seq = seq + 1, updated_at = ? WHERE id = ? RETURNING seq").get(Date.now(), jobId) as { seq: number };
  return row.seq;
}

/** Takes the next pending row for sending, with its sealed password. */
export function claimNextRow(jobId: string, db: Database.Database = getDb()): (BulkRowRecord & { passwordSealed: Buffer | null }) | undefined {
  return db.transaction(() => {
    const raw = db.prepare(`SELECT ${ROW_COLUMNS}, password_sealed AS passwordSealed FROM bulk_rows WHERE job_id = ? AND status = 'pending' ORDER BY row_index LIMIT 1`).get(jobId) as
      | (Record<string, unknown> & { passwordSealed: Buffer | null })
      | undefined;
    if (!raw) return undefined;
    const seq = nextSeq(db, jobId);
    db.prepare("UPDATE bulk_rows SET status = 'in_flight', attempts = attempts + 1, seq = ? WHERE job_id = ? AND row_index = ?").run(seq, jobId, raw.rowIndex);
    return { ...toRow(raw), status: "in_flight" as const, attempts: Number(raw.attempts) + 1, passwordSealed: raw.passwordSealed };
  })();
}

/**
 * Records a row's outcome. The sealed password is wiped as soon as the row is done with;
 * a failed row keeps it only so that "Retry failed rows" can send it again.
 */
export function finishRow(
  jobId: string,
  rowIndex: number,
  outcome: { status: Extract<BulkRowStatus, "created" | "already_existed" | "updated" | "unchanged" | "deleted" | "already_gone" | "skipped" | "failed">; endpointId?: string; error?: string },
  db: Database.Database = getDb(),
): void {
  db.transaction(() => {
    const seq = nextSeq(db, jobId);
    db.prepare(
      `UPDATE bulk_rows SET status = @status, endpoint_id = COALESCE(@endpointId, endpoint_id), error = @error, seq = @seq, finished_at = @now,
         in_doubt = CASE WHEN @status = 'failed' THEN in_doubt ELSE 0 END,
         password_sealed = CASE WHEN @status = 'failed' THEN password_sealed ELSE NULL END
       WHERE job_id = @jobId AND row_index = @rowIndex`,
    ).run({ status: outcome.status, endpointId: outcome.endpointId ?? null, error: outcome.error ?? null, seq, now: Date.now(), jobId, rowIndex });
  })();
}

/** Puts a row back in line; `inDoubt` when the attempt may have reached Catapult. */
export function returnRowToPending(jobId: string, rowIndex: number, inDoubt: boolean, db: Database.Database = getDb()): void {
  db.transaction(() => {
    const seq = nextSeq(db, jobId);
    db.prepare("UPDATE bulk_rows SET status = 'pending', in_doubt = MAX(in_doubt, ?), seq = ? WHERE job_id = ? AND row_index = ?").run(inDoubt ? 1 : 0, seq, jobId, rowIndex);
  })();
}

/**
 * A create row whose name turned out to be taken, under "update existing names": it becomes an
 * update of that endpoint (its stored `patch`, its sealed password) and goes back in line.
 */
export function turnRowIntoUpdate(jobId: string, rowIndex: number, endpointId: string, db: Database.Database = getDb()): void {
  db.transaction(() => {
    const seq = nextSeq(db, jobId);
    db.prepare("UPDATE bulk_rows SET op = 'update', endpoint_id = ?, status = 'pending', in_doubt = 0, seq = ? WHERE job_id = ? AND row_index = ?").run(endpointId, seq, jobId, rowIndex);
  })();
}

export function setJobState(
  jobId: string,
  change: { status?: BulkJobStatus; pauseReason?: string | null; notice?: string | null; finishedAt?: number | null },
  db: Database.Database = getDb(),
): void {
  db.prepare(
    `UPDATE bulk_jobs SET status = COALESCE(@status, status),
       pause_reason = CASE WHEN @setPause THEN @pauseReason ELSE pause_reason END,
       notice = CASE WHEN @setNotice THEN @notice ELSE notice END,
       finished_at = CASE WHEN @setFinished THEN @finishedAt ELSE finished_at END,
       seq = seq + 1, updated_at = @now
     WHERE id = @jobId`,
  ).run({
    jobId,
    status: change.status ?? null,
    setPause: change.pauseReason !== undefined ? 1 : 0,
    pauseReason: change.pauseReason ?? null,
    setNotice: change.notice !== undefined ? 1 : 0,
    notice: change.notice ?? null,
    setFinished: change.finishedAt !== undefined ? 1 : 0,
    finishedAt: change.finishedAt ?? null,
    now: Date.now(),
  });
}

/** At start-up: rows caught in flight by a stop go back in line, marked in doubt. */
export function recoverInterruptedRows(db: Database.Database = getDb()): string[] {
  return db.transaction(() => {
    db.prepare("UPDATE bulk_rows SET status = 'pending', in_doubt = 1 WHERE status = 'in_flight'").run();
    return (db.prepare("SELECT id FROM bulk_jobs WHERE status = 'running'").all() as { id: string }[]).map((r) => r.id);
  })();
}

export function requeueFailedRows(jobId: string, db: Database.Database = getDb()): number {
  return db.transaction(() => {
    const seq = nextSeq(db, jobId);
    const result = db
      .prepare(`UPDATE bulk_rows SET status = 'pending', error = NULL, finished_at = NULL, seq = ? WHERE job_id = ? AND ${RETRYABLE}`)
      .run(seq, jobId);
    return result.changes;
  })();
}

/** Rows not yet sent will not be: their passwords are wiped with them. */
export function cancelPendingRows(jobId: string, db: Database.Database = getDb()): void {
  db.transaction(() => {
    const seq = nextSeq(db, jobId);
    db.prepare("UPDATE bulk_rows SET status = 'cancelled', password_sealed = NULL, seq = ?, finished_at = ? WHERE job_id = ? AND status = 'pending'").run(seq, Date.now(), jobId);
    db.prepare("UPDATE bulk_rows SET password_sealed = NULL WHERE job_id = ? AND status = 'failed'").run(jobId);
  })();
}

export function saveEndpointDetails(
  jobId: string,
  details: Map<string, { sipUri: string; realm: string; username: string }>,
  db: Database.Database = getDb(),
): void {
  db.transaction(() => {
    const seq = nextSeq(db, jobId);
    const update = db.prepare("UPDATE bulk_rows SET sip_uri = ?, realm = ?, username = ?, seq = ? WHERE job_id = ? AND endpoint_id = ?");
    for (const [endpointId, d] of details) update.run(d.sipUri, d.realm, d.username, seq, jobId, endpointId);
  })();
}

/** Sealed passwords kept for "Retry failed rows" are wiped once their job finished before `cutoff`. */
export function wipeRetryPasswordsFinishedBefore(cutoff: number, db: Database.Database = getDb()): number {
  return db
    .prepare(
      `UPDATE bulk_rows SET password_sealed = NULL
       WHERE password_sealed IS NOT NULL AND status = 'failed'
         AND job_id IN (SELECT id FROM bulk_jobs WHERE finished_at IS NOT NULL AND finished_at < ?)`,
    )
    .run(cutoff).changes;
}

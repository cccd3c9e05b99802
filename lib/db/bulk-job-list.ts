import "server-only";
// Reading many bulk jobs at once (the jobs list, a domain's running jobs) and a job's rows of
// one status (the rows a cancel left unsent), beside the per-job queries in bulk-jobs.ts.
import type Database from "better-sqlite3";
import { BULK_ROW_STATUSES, type BulkJobStatus, type BulkRowStatus } from "@/lib/bulk/contract";
import { BULK_JOB_COLUMNS, type BulkJobRecord, type BulkRowRecord } from "./bulk-jobs";
import { getDb } from "./database";

const UNFINISHED: readonly BulkJobStatus[] = ["running", "paused"];

export interface BulkJobFilter {
  domainId?: string;
  /** Only jobs still running or paused. */
  unfinishedOnly?: boolean;
}

/** Newest first, `limit` from `offset`, and how many match in all. */
export function listBulkJobs(filter: BulkJobFilter & { limit: number; offset: number }, db: Database.Database = getDb()): { jobs: BulkJobRecord[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.domainId) {
    where.push("domain_id = ?");
    params.push(filter.domainId);
  }
  if (filter.unfinishedOnly) {
    where.push(`status IN (${UNFINISHED.map(() => "?").join(", ")})`);
    params.push(...UNFINISHED);
  }
  const clause = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM bulk_jobs ${clause}`).get(...params) as { n: number }).n;
  // rowid breaks ties between jobs started in the same millisecond: the later insert first.
  const jobs = db.prepare(`SELECT ${BULK_JOB_COLUMNS} FROM bulk_jobs ${clause} ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?`).all(...params, filter.limit, filter.offset) as BulkJobRecord[];
  return { jobs, total };
}

/** Row counts by status for each of `jobIds`, in one query. */
export function countRowsByStatusForJobs(jobIds: readonly string[], db: Database.Database = getDb()): Map<string, Record<BulkRowStatus, number>> {
  const counts = new Map(jobIds.map((id) => [id, Object.fromEntries(BULK_ROW_STATUSES.map((s) => [s, 0])) as Record<BulkRowStatus, number>]));
  if (jobIds.length === 0) return counts;
  const rows = db
    .prepare(`SELECT job_id AS jobId, status, COUNT(*) AS n FROM bulk_rows WHERE job_id IN (${jobIds.map(() => "?").join(", ")}) GROUP BY job_id, status`)
    .all(...jobIds) as { jobId: string; status: BulkRowStatus; n: number }[];
  for (const r of rows) counts.get(r.jobId)![r.status] = r.n;
  return counts;
}

export type BulkRowFields = Pick<BulkRowRecord, "sourceRow" | "name" | "description" | "applicationId" | "enabled">;

/** What was pasted for a job's rows of one status (never a password), in row order. */
export function listRowFieldsWithStatus(jobId: string, status: BulkRowStatus, db: Database.Database = getDb()): BulkRowFields[] {
  const rows = db
    .prepare("SELECT source_row AS sourceRow, name, description, application_id AS applicationId, enabled FROM bulk_rows WHERE job_id = ? AND status = ? ORDER BY row_index")
    .all(jobId, status) as (Omit<BulkRowFields, "enabled"> & { enabled: number | null })[];
  return rows.map((r) => ({ ...r, enabled: r.enabled === null ? null : r.enabled === 1 }));
}

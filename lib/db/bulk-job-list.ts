import "server-only";
// Reading many bulk jobs at once (the jobs list, a domain's running jobs) and a job's rows of
// one status (the rows a cancel left unsent), beside the per-job queries in bulk-jobs.ts.
import { sql } from "kysely";
import { BULK_ROW_STATUSES, type BulkJobStatus, type BulkRowStatus } from "@/lib/bulk/contract";
import { BULK_JOB_COLUMNS, type BulkJobRecord, type BulkRowRecord } from "./bulk-job-records";
import { getDb } from "./database";
import type { Db } from "./dialect";

const UNFINISHED: readonly BulkJobStatus[] = ["running", "paused"];

export interface BulkJobFilter {
  domainId?: string;
  /** Only jobs still running or paused. */
  unfinishedOnly?: boolean;
}

/** Newest first, `limit` from `offset`, and how many match in all. */
export async function listBulkJobs(filter: BulkJobFilter & { limit: number; offset: number }, db: Db = getDb()): Promise<{ jobs: BulkJobRecord[]; total: number }> {
  const matching = db
    .selectFrom("bulk_jobs")
    .$if(!!filter.domainId, (q) => q.where("domain_id", "=", filter.domainId!))
    .$if(!!filter.unfinishedOnly, (q) => q.where("status", "in", UNFINISHED));
  const { n } = await matching.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  // rowid breaks ties between jobs started in the same millisecond: the later insert first
  // (SQLite's own rowid; an identity column of that name on Postgres).
  const jobs = await matching.select(BULK_JOB_COLUMNS).orderBy("created_at", "desc").orderBy(sql`rowid`, "desc").limit(filter.limit).offset(filter.offset).execute();
  return { jobs, total: Number(n) };
}

/** Row counts by status for each of `jobIds`, in one query. */
export async function countRowsByStatusForJobs(jobIds: readonly string[], db: Db = getDb()): Promise<Map<string, Record<BulkRowStatus, number>>> {
  const counts = new Map(jobIds.map((id) => [id, Object.fromEntries(BULK_ROW_STATUSES.map((s) => [s, 0])) as Record<BulkRowStatus, number>]));
  if (jobIds.length === 0) return counts;
  const rows = await db
    .selectFrom("bulk_rows")
    .select((eb) => ["job_id as jobId", "status", eb.fn.countAll<number>().as("n")])
    .where("job_id", "in", jobIds)
    .groupBy(["job_id", "status"])
    .execute();
  for (const r of rows) counts.get(r.jobId)![r.status] = Number(r.n);
  return counts;
}

export type BulkRowFields = Pick<BulkRowRecord, "sourceRow" | "name" | "description" | "applicationId" | "enabled">;

/** What was pasted for a job's rows of one status (never a password), in row order. */
export async function listRowFieldsWithStatus(jobId: string, status: BulkRowStatus, db: Db = getDb()): Promise<BulkRowFields[]> {
  const rows = await db
    .selectFrom("bulk_rows")
    .select(["source_row as sourceRow", "name", "description", "application_id as applicationId", "enabled"])
    .where("job_id", "=", jobId)
    .where("status", "=", status)
    .orderBy("row_index")
    .execute();
  return rows.map((r) => ({ ...r, enabled: r.enabled === null ? null : r.enabled === 1 }));
}

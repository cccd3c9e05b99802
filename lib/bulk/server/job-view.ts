import "server-only";
// A job as its page sees it: progress, pace, time left, and the rows changed since the
// page last looked.
import type Database from "better-sqlite3";
import * as jobs from "@/lib/db/bulk-jobs";
import { type BulkJobSnapshot, type BulkJobRow, tallyBulkJob } from "@/lib/bulk/contract";

const PACE_WINDOW_MS = 15_000;

export function viewBulkJob(db: Database.Database, jobId: string, configuredRate: number): BulkJobSnapshot | undefined {
  const job = jobs.getBulkJob(jobId, db);
  if (!job) return undefined;
  const counts = jobs.countRowsByStatus(jobId, db);
  const left = counts.pending + counts.in_flight;
  const recent = job.status === "running" ? jobs.countRowsFinishedSince(jobId, Date.now() - PACE_WINDOW_MS, db) : 0;
  const elapsed = Math.min(PACE_WINDOW_MS, Date.now() - job.createdAt);
  const currentRate = elapsed > 0 ? Math.round((recent / (elapsed / 1000)) * 10) / 10 : 0;
  const pace = currentRate > 0 ? currentRate : configuredRate;
  return {
    id: job.id,
    domainId: job.domainId,
    action: job.action,
    status: job.status,
    pauseReason: job.pauseReason,
    notice: job.notice,
    total: job.total,
    done: tallyBulkJob(job.total, counts).done,
    counts,
    retryable: jobs.countRetryableRows(jobId, db),
    seq: job.seq,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    currentRate,
    configuredRate,
    etaSeconds: job.status === "running" && left > 0 ? Math.ceil(left / pace) : null,
  };
}

export function viewRows(db: Database.Database, jobId: string, afterSeq: number): BulkJobRow[] {
  return jobs.listRowsChangedSince(jobId, afterSeq, db).map((r) => ({
    rowIndex: r.rowIndex,
    sourceRow: r.sourceRow,
    name: r.name,
    status: r.status,
    endpointId: r.endpointId,
    sipUri: r.sipUri,
    realm: r.realm,
    username: r.username,
    error: r.error,
  }));
}

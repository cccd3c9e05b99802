import "server-only";
// A job as its page sees it: progress, pace, time left, and the rows changed since the
// page last looked.
import * as jobs from "@/lib/db/bulk-jobs";
import type { Db } from "@/lib/db/dialect";
import { type BulkJobSnapshot, type BulkJobRow, tallyBulkJob } from "@/lib/bulk/contract";

const PACE_WINDOW_MS = 15_000;

export async function viewBulkJob(db: Db, jobId: string, configuredRate: number): Promise<BulkJobSnapshot | undefined> {
  const job = await jobs.getBulkJob(jobId, db);
  if (!job) return undefined;
  const counts = await jobs.countRowsByStatus(jobId, db);
  const left = counts.pending + counts.in_flight;
  const recent = job.status === "running" ? await jobs.countRowsFinishedSince(jobId, Date.now() - PACE_WINDOW_MS, db) : 0;
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
    retryable: await jobs.countRetryableRows(jobId, db),
    seq: job.seq,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    currentRate,
    configuredRate,
    etaSeconds: job.status === "running" && left > 0 ? Math.ceil(left / pace) : null,
  };
}

export async function viewRows(db: Db, jobId: string, afterSeq: number): Promise<BulkJobRow[]> {
  return (await jobs.listRowsChangedSince(jobId, afterSeq, db)).map((r) => ({
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

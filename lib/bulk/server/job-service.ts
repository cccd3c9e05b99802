import "server-only";
// A bulk job's life in one place: starting it, what each state allows (cancel, resume,
// retry failed rows), and what its page and export read. The routes only parse and answer.
import type { z } from "zod";
import { type AuditContext, audited } from "@/lib/audit/server/record";
import { getCatapult } from "@/lib/catapult";
import { getBulkJob } from "@/lib/db/bulk-jobs";
import { getDb } from "@/lib/db/database";
import { DomainError } from "@/lib/domain-error";
import { getEnv } from "@/lib/env";
import { getEndpointListCache } from "@/lib/endpoints/server/endpoint-list-cache";
import { bulkRowStatusLabel, type BulkJobAction, type BulkJobResponse, type BulkJobSnapshot, bulkJobHref } from "@/lib/bulk/contract";
import type { createBulkJobSchema } from "@/lib/bulk/job-schema";
import { getBulkRunner } from "./bulk-runner";
import { createBulkChangeJob, type CreatedChangeJob } from "./create-change-job";
import { createBulkJob } from "./create-job";
import { viewBulkJob, viewRows } from "./job-view";
import { notSentRowsFile } from "./not-sent-rows";

/** Generated passwords (rotate-password with generate: true) come back here once, and only here. */
export async function startBulkJob(request: z.output<typeof createBulkJobSchema>, context: AuditContext): Promise<{ id: string; url: string; passwords?: CreatedChangeJob["passwords"] }> {
  const deps = { db: getDb(), catapult: getCatapult(), encryptionKey: getEnv().encryptionKey, actor: context.actor, endpointList: getEndpointListCache() };
  const detail = { action: request.action, rows: request.rows.length, ...(request.action === "create" ? { existingPolicy: request.existingPolicy } : {}) };
  const started = await audited(
    context,
    "bulk-job.start",
    { target: { domainId: request.domainId }, detail },
    async (): Promise<CreatedChangeJob> => (request.action === "create" ? { id: await createBulkJob(request, deps) } : createBulkChangeJob(request, deps)),
    (job) => ({ target: { jobId: job.id } }),
  );
  void getBulkRunner().start(started.id);
  return { id: started.id, url: bulkJobHref(started.id), ...(started.passwords ? { passwords: started.passwords } : {}) };
}

/** The job and its rows changed since `afterSeq` (0: all rows). */
export async function readBulkJob(jobId: string, afterSeq: number): Promise<BulkJobResponse> {
  return { job: await snapshot(jobId), rows: await viewRows(getDb(), jobId, afterSeq) };
}

export async function actOnBulkJob(jobId: string, action: BulkJobAction, context: AuditContext): Promise<BulkJobSnapshot> {
  const job = await getBulkJob(jobId, getDb());
  const target = { jobId, domainId: job?.domainId };
  return audited(context, `bulk-job.${action}`, { target }, () => act(jobId, job, action));
}

async function act(jobId: string, job: Awaited<ReturnType<typeof getBulkJob>>, action: BulkJobAction): Promise<BulkJobSnapshot> {
  if (!job) throw notFound();
  const runner = getBulkRunner();
  switch (action) {
    case "cancel":
      if (job.status === "completed" || job.status === "cancelled") throw new DomainError("conflict", `The job is already ${job.status}.`);
      await runner.cancel(job.id);
      break;
    case "resume":
      if (job.status !== "paused") throw new DomainError("conflict", "Only a paused job can be resumed.");
      await runner.resume(job.id);
      break;
    case "retry-failed":
      if ((await runner.retryFailed(job.id)) === 0) throw new DomainError("conflict", "There are no failed rows that can be retried.");
      break;
  }
  return snapshot(jobId);
}

/** Every row the job was given, for its CSV export (BULK_EXPORT_HEADER); never a password. */
export async function bulkJobExportRows(jobId: string) {
  const { action } = await existingJob(jobId);
  return (await viewRows(getDb(), jobId, 0)).map((r) => [r.sourceRow, r.name, r.status, bulkRowStatusLabel(r.status, action), r.endpointId, r.sipUri, r.realm, r.username, r.error]);
}

/** The rows a cancel left unsent, paste-ready (NOT_SENT_HEADER); never a password. */
export async function bulkJobNotSentRows(jobId: string) {
  await existingJob(jobId);
  return notSentRowsFile(jobId, () => getCatapult().listApplications());
}

async function existingJob(jobId: string) {
  const job = await getBulkJob(jobId, getDb());
  if (!job) throw notFound();
  return job;
}

async function snapshot(jobId: string): Promise<BulkJobSnapshot> {
  const job = await viewBulkJob(getDb(), jobId, getEnv().catapult.ratePerSecond);
  if (!job) throw notFound();
  return job;
}

const notFound = () => new DomainError("not_found", "There is no bulk job with this id.");

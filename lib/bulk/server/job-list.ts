import "server-only";
// The jobs list (GET /api/bulk-jobs): every job, newest first, a page at a time, each with its
// counts in one query for the page; filtered to a domain's unfinished jobs for its banner.
import type { z } from "zod";
import { countRowsByStatusForJobs, listBulkJobs } from "@/lib/db/bulk-job-list";
import { getDb } from "@/lib/db/database";
import { BULK_JOBS_PAGE_SIZE, type BulkJobListResponse, tallyBulkJob } from "@/lib/bulk/contract";
import type { bulkJobListQuerySchema } from "@/lib/bulk/job-schema";

export async function listBulkJobSummaries(query: z.output<typeof bulkJobListQuerySchema>): Promise<BulkJobListResponse> {
  const db = getDb();
  const { jobs, total } = await listBulkJobs(
    { domainId: query.domainId, unfinishedOnly: query.only === "unfinished", limit: BULK_JOBS_PAGE_SIZE, offset: (query.page - 1) * BULK_JOBS_PAGE_SIZE },
    db,
  );
  const counts = await countRowsByStatusForJobs(
    jobs.map((j) => j.id),
    db,
  );
  return {
    total,
    jobs: jobs.map((job) => {
      const jobCounts = counts.get(job.id)!;
      return {
        id: job.id,
        domainId: job.domainId,
        action: job.action,
        status: job.status,
        total: job.total,
        done: tallyBulkJob(job.total, jobCounts).done,
        counts: jobCounts,
        createdAt: job.createdAt,
        finishedAt: job.finishedAt,
      };
    }),
  };
}

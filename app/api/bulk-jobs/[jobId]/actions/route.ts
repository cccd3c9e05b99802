// Steering a bulk job: cancel (after the row in flight), resume (after a pause), retry failed rows.
import { z } from "zod";
import { viewBulkJob } from "@/lib/bulk/server/job-view";
import { getBulkRunner } from "@/lib/bulk/server/bulk-runner";
import { getBulkJob } from "@/lib/db/bulk-jobs";
import { getDb } from "@/lib/db/database";
import { getEnv } from "@/lib/env";
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/server/api-route";
import { readJsonBody } from "@/lib/api/server/read-input";

const actionSchema = z.object({ action: z.enum(["cancel", "resume", "retry-failed"], { error: "action must be cancel, resume or retry-failed" }) });

export const POST = apiRoute<{ jobId: string }>(async (request, params) => {
  const { action } = await readJsonBody(request, actionSchema, 1024);
  const job = getBulkJob(params.jobId, getDb());
  if (!job) throw new ApiError("not_found", "There is no bulk job with this id.");
  const runner = getBulkRunner();
  if (action === "cancel") {
    if (job.status === "completed" || job.status === "cancelled") throw new ApiError("conflict", `The job is already ${job.status}.`);
    await runner.cancel(job.id);
  } else if (action === "resume") {
    if (job.status !== "paused") throw new ApiError("conflict", "Only a paused job can be resumed.");
    void runner.resume(job.id);
  } else if (runner.retryFailed(job.id) === 0) {
    throw new ApiError("conflict", "There are no failed rows that can be retried.");
  }
  return Response.json({ job: viewBulkJob(getDb(), job.id, getEnv().catapult.ratePerSecond) });
});

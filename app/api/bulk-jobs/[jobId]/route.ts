// A bulk job's progress and the rows changed since `?after=<seq>` (0 or absent: all rows).
import { z } from "zod";
import { viewBulkJob, viewRows } from "@/lib/bulk/server/job-view";
import { getDb } from "@/lib/db/database";
import { getEnv } from "@/lib/env";
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput } from "@/lib/api/server/read-input";

const querySchema = z.object({ after: z.coerce.number().int().min(0).default(0) });

export const GET = apiRoute<{ jobId: string }>(async (request, params) => {
  const { after } = parseInput(querySchema, Object.fromEntries(request.nextUrl.searchParams));
  const job = viewBulkJob(getDb(), params.jobId, getEnv().catapult.ratePerSecond);
  if (!job) throw new ApiError("not_found", "There is no bulk job with this id.");
  return Response.json({ job, rows: viewRows(getDb(), params.jobId, after) });
});

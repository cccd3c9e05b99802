// A bulk job's progress and the rows changed since `?after=<seq>` (0 or absent: all rows).
import { z } from "zod";
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput } from "@/lib/api/server/read-input";
import type { BulkJobResponse } from "@/lib/bulk/contract";
import { readBulkJob } from "@/lib/bulk/server/job-service";

const querySchema = z.object({ after: z.coerce.number().int().min(0).default(0) });

export const GET = apiRoute<{ jobId: string }>(async (request, params) => {
  const { after } = parseInput(querySchema, Object.fromEntries(request.nextUrl.searchParams));
  return Response.json(readBulkJob(params.jobId, after) satisfies BulkJobResponse);
}, { access: "viewer" });

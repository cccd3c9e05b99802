// A bulk job's progress and the rows changed since `?after=<seq>` (0 or absent: all rows).
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput } from "@/lib/api/server/read-input";
import type { BulkJobResponse } from "@/lib/bulk/contract";
import { bulkJobQuerySchema } from "@/lib/bulk/job-schema";
import { readBulkJob } from "@/lib/bulk/server/job-service";

export const GET = apiRoute<{ jobId: string }>(async (request, params) => {
  const { after } = parseInput(bulkJobQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
  return Response.json((await readBulkJob(params.jobId, after)) satisfies BulkJobResponse);
}, { access: "viewer" });

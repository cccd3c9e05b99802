// Starting a bulk job from rows the preview validated.
import { apiRoute } from "@/lib/api/server/api-route";
import { readJsonBody } from "@/lib/api/server/read-input";
import { type BulkJobCreatedResponse, createBulkJobSchema } from "@/lib/bulk/contract";
import { startBulkJob } from "@/lib/bulk/server/job-service";

// 10,000 rows with long descriptions fit; anything larger is refused before parsing.
const MAX_JOB_BYTES = 16 * 1024 * 1024;

export const POST = apiRoute(
  async (request) => {
    const input = await readJsonBody(request, createBulkJobSchema, MAX_JOB_BYTES);
    return Response.json({ job: await startBulkJob(input) } satisfies BulkJobCreatedResponse, { status: 201 });
  },
  { resource: "domain" },
);

// Bulk jobs: the list (newest first, a page at a time, optionally one domain's unfinished
// jobs), and starting a job from rows the preview validated.
import { requestAuditContext } from "@/lib/audit/server/context";
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput, readJsonBody } from "@/lib/api/server/read-input";
import { type BulkJobCreatedResponse, type BulkJobListResponse, bulkJobListQuerySchema, createBulkJobSchema } from "@/lib/bulk/contract";
import { listBulkJobSummaries } from "@/lib/bulk/server/job-list";
import { startBulkJob } from "@/lib/bulk/server/job-service";

// 10,000 rows with long descriptions fit; anything larger is refused before parsing.
const MAX_JOB_BYTES = 16 * 1024 * 1024;

export const GET = apiRoute(async (request) => {
  const query = parseInput(bulkJobListQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
  return Response.json(listBulkJobSummaries(query) satisfies BulkJobListResponse);
}, { access: "viewer" });

export const POST = apiRoute(
  async (request) => {
    const input = await readJsonBody(request, createBulkJobSchema, MAX_JOB_BYTES);
    const { passwords, ...job } = await startBulkJob(input, requestAuditContext(request));
    // Generated passwords are in this answer only: never stored readable, never in a GET.
    return Response.json({ job, ...(passwords ? { passwords } : {}) } satisfies BulkJobCreatedResponse, {
      status: 201,
      headers: passwords ? { "Cache-Control": "no-store" } : undefined,
    });
  },
  { access: "operator", resource: "domain" },
);

// Bulk jobs: the list (newest first, a page at a time, optionally one domain's unfinished
// jobs), and starting a job: JSON rows the preview validated, or a CSV file from a script
// (text/csv, settings in the query), read with the bulk page's own rules.
import type { NextRequest } from "next/server";
import { requestAuditContext } from "@/lib/audit/server/context";
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput, readJsonBody, readTextBody } from "@/lib/api/server/read-input";
import { getCatapult } from "@/lib/catapult";
import type { BulkJobCreatedResponse, BulkJobListResponse } from "@/lib/bulk/contract";
import { bulkJobListQuerySchema, createBulkJobCsvQuerySchema, createBulkJobSchema } from "@/lib/bulk/job-schema";
import { csvChangeRows } from "@/lib/bulk/csv-change-rows";
import { csvJobRows, withFileRowNumbers } from "@/lib/bulk/csv-job-rows";
import { listBulkJobSummaries } from "@/lib/bulk/server/job-list";
import { startBulkJob } from "@/lib/bulk/server/job-service";
import { isDomainError } from "@/lib/domain-error";

// 10,000 rows with long descriptions fit; anything larger is refused before parsing.
const MAX_JOB_BYTES = 16 * 1024 * 1024;
const CSV_TYPE = /^text\/(csv|tab-separated-values)\b/i;

export const GET = apiRoute(async (request) => {
  const query = parseInput(bulkJobListQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
  return Response.json((await listBulkJobSummaries(query)) satisfies BulkJobListResponse);
}, { access: "viewer" });

export const POST = apiRoute(
  async (request) => {
    const type = request.headers.get("content-type") ?? "";
    if (CSV_TYPE.test(type)) return startFromCsv(request);
    if (!/^application\/json\b/i.test(type)) {
      throw new ApiError("unsupported_media_type", "Send the rows as JSON (Content-Type: application/json) or as a CSV file (Content-Type: text/csv).");
    }
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

async function startFromCsv(request: NextRequest): Promise<Response> {
  // The settings first: a wrong domain id or policy is refused before the file is read.
  const { action, domainId, existingPolicy, applicationId, generate } = parseInput(createBulkJobCsvQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
  const text = await readTextBody(request, MAX_JOB_BYTES);
  if (action !== "create") {
    // A change names endpoints by the export's id column; the job checks them against the domain.
    const { rows, ignoredColumns } = csvChangeRows(text, action);
    const settings = action === "set-application" ? { applicationId: applicationId || null } : action === "rotate-password" ? { generate: generate === "true" } : {};
    const input = parseInput(createBulkJobSchema, { action, domainId, ...settings, rows });
    const { passwords, ...job } = await startBulkJob(input, requestAuditContext(request));
    return Response.json({ job, ignoredColumns, ...(passwords ? { passwords } : {}) } satisfies BulkJobCreatedResponse, {
      status: 201,
      headers: passwords ? { "Cache-Control": "no-store" } : undefined,
    });
  }
  const { rows, ignoredColumns } = csvJobRows(text, await getCatapult().listApplications());
  const input = parseInput(createBulkJobSchema, { action, domainId, existingPolicy, rows });
  const job = await startBulkJob(input, requestAuditContext(request)).catch((error: unknown) => {
    throw isDomainError(error) ? withFileRowNumbers(error, input.action === "create" ? input.rows : []) : error;
  });
  return Response.json({ job, ignoredColumns } satisfies BulkJobCreatedResponse, { status: 201 });
}

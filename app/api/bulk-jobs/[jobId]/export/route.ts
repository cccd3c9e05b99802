// A bulk job's outcome as CSV: one line per row, never a password.
import { apiRoute } from "@/lib/api/server/api-route";
import { csvResponse } from "@/lib/api/server/csv-response";
import { BULK_EXPORT_HEADER } from "@/lib/bulk/contract";
import { bulkJobExportRows } from "@/lib/bulk/server/job-service";

export const GET = apiRoute<{ jobId: string }>(async (_request, params) =>
  csvResponse(`bulk-job-${params.jobId.slice(0, 8)}.csv`, BULK_EXPORT_HEADER, await bulkJobExportRows(params.jobId)), { access: "viewer" });

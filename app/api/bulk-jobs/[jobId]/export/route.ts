// A bulk job's outcome as CSV: one line per row, never a password.
import { BULK_EXPORT_HEADER, toCsv } from "@/lib/bulk/export-csv";
import { viewRows } from "@/lib/bulk/server/job-view";
import { getBulkJob } from "@/lib/db/bulk-jobs";
import { getDb } from "@/lib/db/database";
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/server/api-route";

export const GET = apiRoute<{ jobId: string }>(async (_request, params) => {
  if (!getBulkJob(params.jobId, getDb())) throw new ApiError("not_found", "There is no bulk job with this id.");
  const rows = viewRows(getDb(), params.jobId, 0).map((r) => [r.sourceRow, r.name, r.status, r.endpointId, r.sipUri, r.realm, r.username, r.error]);
  return new Response(toCsv(BULK_EXPORT_HEADER, rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="bulk-job-${params.jobId.slice(0, 8)}.csv"`,
    },
  });
});

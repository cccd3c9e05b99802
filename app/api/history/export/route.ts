// The History list as CSV, with the same filters.
import { toCsv } from "@/lib/bulk/export-csv";
import { listCreatedEndpoints } from "@/lib/db/created-endpoints";
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput } from "@/lib/api/server/read-input";
import { historyQuerySchema } from "@/lib/history/history-query";

export const GET = apiRoute(async (request) => {
  const filter = parseInput(historyQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
  const rows = listCreatedEndpoints(filter).map((e) => [e.endpointId, e.name, e.domainId, new Date(e.createdAt).toISOString(), e.source, e.jobId]);
  return new Response(toCsv(["endpoint_id", "name", "domain_id", "created_at", "source", "job_id"], rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="created-endpoints.csv"' },
  });
});

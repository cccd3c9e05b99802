// The audit log as CSV, with the same filters as the page (every page, not just one).
import { apiRoute } from "@/lib/api/server/api-route";
import { csvResponse } from "@/lib/api/server/csv-response";
import { parseInput } from "@/lib/api/server/read-input";
import { auditQuerySchema } from "@/lib/audit/schema";
import { AUDIT_CSV_HEADER, auditCsvRows } from "@/lib/audit/server/list-audit";

export const GET = apiRoute(async (request) => {
  const query = parseInput(auditQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
  return csvResponse("audit-log.csv", AUDIT_CSV_HEADER, await auditCsvRows(query));
}, { access: "viewer" });

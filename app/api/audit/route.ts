// The audit log, newest first, a page at a time, filtered by person, action, target and time.
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput } from "@/lib/api/server/read-input";
import type { AuditResponse } from "@/lib/audit/contract";
import { auditQuerySchema } from "@/lib/audit/schema";
import { listAudit } from "@/lib/audit/server/list-audit";

export const GET = apiRoute(async (request) => {
  const query = parseInput(auditQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
  return Response.json((await listAudit(query)) satisfies AuditResponse);
}, { access: "viewer" });

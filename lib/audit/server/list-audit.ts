import "server-only";
// The audit log as the API sends it: stored rows mapped to the contract (a column added to
// the table does not silently become part of the API), a page at a time or whole for CSV.
import { type AuditRow, listAuditRows } from "@/lib/db/audit-log";
import { AUDIT_PAGE_SIZE, type AuditAction, type AuditEntry, type AuditResponse } from "@/lib/audit/contract";
import type { AuditQuery } from "@/lib/audit/schema";

// A CSV export stops here; a larger log is exported a time range at a time.
const MAX_EXPORT_ROWS = 100_000;

export async function listAudit(query: AuditQuery): Promise<AuditResponse> {
  const page = query.page ?? 0;
  const { rows, total } = await listAuditRows(toFilter(query), { limit: AUDIT_PAGE_SIZE, offset: page * AUDIT_PAGE_SIZE });
  return { entries: rows.map(toEntry), total, page, pageSize: AUDIT_PAGE_SIZE };
}

export const AUDIT_CSV_HEADER = [
  "at", "actor_type", "actor_id", "actor", "source_address", "action", "domain_id", "domain_name",
  "endpoint_id", "endpoint_name", "job_id", "user_email", "outcome", "error_code", "detail",
] as const;

export async function auditCsvRows(query: AuditQuery) {
  const { rows } = await listAuditRows(toFilter(query), { limit: MAX_EXPORT_ROWS, offset: 0 });
  return rows.map((r) => [
    new Date(r.at).toISOString(), r.actor_type, r.actor_id, r.actor_label, r.source_address, r.action, r.domain_id, r.domain_name,
    r.endpoint_id, r.endpoint_name, r.job_id, r.user_email, r.outcome, r.error_code, r.detail,
  ]);
}

function toFilter(query: AuditQuery) {
  return { actor: query.actor?.trim(), action: query.action || undefined, target: query.target?.trim(), from: query.from, to: query.to };
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    actor: { type: r.actor_type, id: r.actor_id, label: r.actor_label },
    sourceAddress: r.source_address,
    action: r.action as AuditAction,
    target: { userEmail: r.user_email, domainId: r.domain_id, domainName: r.domain_name, endpointId: r.endpoint_id, endpointName: r.endpoint_name, jobId: r.job_id },
    outcome: r.outcome,
    errorCode: r.error_code,
    detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
  };
}

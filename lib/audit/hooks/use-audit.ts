// One page of the audit log (GET /api/audit), filtered.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import { type AuditFilters, type AuditResponse, auditSearch } from "@/lib/audit/contract";
import { auditKeys } from "./query-keys";

export function useAudit(filters: AuditFilters, page: number) {
  return useQuery({
    queryKey: auditKeys.list(filters, page),
    queryFn: ({ signal }) => apiFetch<AuditResponse>(`/api/audit${auditSearch(filters, page)}`, { signal }),
    staleTime: 5_000,
    placeholderData: keepPreviousData,
  });
}

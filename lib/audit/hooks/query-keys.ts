// Query keys of the audit log, from one factory.
import type { AuditFilters } from "@/lib/audit/contract";

export const auditKeys = {
  all: ["audit"] as const,
  list: (filters: AuditFilters, page: number) => [...auditKeys.all, "list", filters, page] as const,
};

import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import type { AuditFilters } from "@/lib/audit/contract";
import { listAudit } from "@/lib/audit/server/list-audit";
import { AuditView } from "./_components/audit-view";
import { loadAuditUrlState } from "./_components/audit-url-state";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { page, ...url } = await loadAuditUrlState(searchParams);
  const filters: AuditFilters = { actor: url.actor.trim(), action: url.action ?? "", target: url.target.trim(), from: url.from, to: url.to };
  const audit = await listAudit({ ...filters, action: filters.action || undefined, from: filters.from ?? undefined, to: filters.to ?? undefined, page: Math.max(0, page) });
  return <AuditView filters={filters} audit={audit} />;
}

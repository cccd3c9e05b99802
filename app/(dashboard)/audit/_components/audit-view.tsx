// The audit log: who did what, to what, from where and how it went, newest first. Rendered on
// the server from the URL (audit-url-state.ts), so a filtered view can be shared or reloaded;
// only the filters run in the browser. The page, its API and the CSV export share one query
// string (auditSearch).
import { buttonClasses, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchIcon } from "@/components/ui/icons/search";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { type AuditFilters as Filters, type AuditResponse, auditSearch } from "@/lib/audit/contract";
import { plural } from "@/lib/browser/format";
import { AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";

export function AuditView({ filters, audit }: { filters: Filters; audit: AuditResponse }) {
  const filtered = Object.values(filters).some((value) => value !== "" && value !== null);
  const pageHref = (page: number) => `/audit${auditSearch(filters, page)}`;
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made from this dashboard and every sign-in: who, when, from where, to what, and how it went."
        actions={
          <a href={`/api/audit/export${auditSearch(filters)}`} download className={buttonClasses({ variant: "secondary" })}>
            Export CSV
          </a>
        }
      />
      <Card aria-labelledby="audit-heading">
        <div className="space-y-3 border-b border-slate-200 px-5 py-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="audit-heading" className="text-base font-semibold text-slate-900">
              Entries
            </h2>
            <p aria-live="polite" className="text-sm text-slate-600">
              {`${plural(audit.total, "entry", "entries")}${filtered ? (audit.total === 1 ? " matches" : " match") : ""}`}
            </p>
          </div>
          <AuditFilters value={filters} />
        </div>
        {audit.entries.length === 0 ? (
          <EmptyState
            icon={<SearchIcon className="size-5" />}
            title={filtered ? "No entries match these filters" : audit.total > 0 ? "No entries on this page" : "Nothing recorded yet"}
            action={
              filtered || audit.total > 0 ? (
                <ButtonLink href="/audit" variant="secondary">
                  {filtered ? "Clear filters" : "First page"}
                </ButtonLink>
              ) : undefined
            }
          />
        ) : (
          <>
            <AuditTable entries={audit.entries} />
            <Pagination page={audit.page} pageSize={audit.pageSize} total={audit.total} noun="entries" pageHref={pageHref} />
          </>
        )}
      </Card>
    </>
  );
}

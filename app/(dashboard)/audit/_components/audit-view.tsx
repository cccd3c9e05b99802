"use client";
// The audit log: who did what, to what, from where and how it went, newest first. Filters
// live in the URL, so a filtered view can be shared or reloaded; the CSV export uses them too.
import { parseAsInteger, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useMemo } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { SearchIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { LoadingState, Spinner } from "@/components/ui/spinner";
import { AUDIT_ACTIONS, type AuditFilters as Filters, auditSearch } from "@/lib/audit/contract";
import { useAudit } from "@/lib/audit/hooks/use-audit";
import { plural } from "@/lib/browser/format";
import { useDebouncedValue } from "@/lib/browser/use-debounced-value";
import { AuditFilters, type AuditUrlFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";

const SEARCH_DELAY_MS = 300;

/** ?actor=&action=&target=&from=&to=&page= (from/to: local date-times, as the inputs hold them). */
const urlState = {
  actor: parseAsString.withDefault(""),
  action: parseAsStringLiteral(AUDIT_ACTIONS),
  target: parseAsString.withDefault(""),
  from: parseAsString.withDefault(""),
  to: parseAsString.withDefault(""),
  page: parseAsInteger.withDefault(0),
};

/** A datetime-local value as epoch ms; "to" includes its whole minute. */
function toTime(local: string, end = false): number | null {
  if (!local) return null;
  const time = new Date(local).getTime();
  return Number.isNaN(time) ? null : end ? time + 59_999 : time;
}

export function AuditView() {
  const [url, setUrl] = useQueryStates(urlState);
  const actor = useDebouncedValue(url.actor, SEARCH_DELAY_MS);
  const target = useDebouncedValue(url.target, SEARCH_DELAY_MS);
  const filters: Filters = useMemo(
    () => ({ actor: actor.trim(), action: url.action ?? "", target: target.trim(), from: toTime(url.from), to: toTime(url.to, true) }),
    [actor, target, url.action, url.from, url.to],
  );
  const audit = useAudit(filters, url.page);
  const filtered = Object.values(filters).some((value) => value !== "" && value !== null);

  function update(next: Partial<AuditUrlFilters>) {
    void setUrl({ ...Object.fromEntries(Object.entries(next).map(([key, value]) => [key, value || null])), page: null });
  }

  const data = audit.data;
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
            <p aria-live="polite" className="flex items-center gap-2 text-sm text-slate-600">
              {audit.isFetching && !audit.isPending && <Spinner className="text-indigo-600" />}
              {data ? `${plural(data.total, "entry", "entries")}${filtered ? (data.total === 1 ? " matches" : " match") : ""}` : "\u00a0"}
            </p>
          </div>
          <AuditFilters value={{ actor: url.actor, action: url.action ?? "", target: url.target, from: url.from, to: url.to }} onChange={update} />
        </div>
        {audit.isPending ? (
          <LoadingState label="Loading the audit log…" />
        ) : audit.isError && !data ? (
          <ErrorState title="Could not load the audit log" error={audit.error} onRetry={() => audit.refetch()} retrying={audit.isFetching} />
        ) : !data || data.entries.length === 0 ? (
          <EmptyState
            icon={<SearchIcon className="size-5" />}
            title={filtered ? "No entries match these filters" : "Nothing recorded yet"}
            action={
              filtered ? (
                <Button variant="secondary" onClick={() => update({ actor: "", action: "", target: "", from: "", to: "" })}>
                  Clear filters
                </Button>
              ) : undefined
            }
          />
        ) : (
          <div className={cn("transition-opacity", audit.isPlaceholderData && "opacity-60")}>
            <AuditTable entries={data.entries} />
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} noun="entries" onPageChange={(page) => void setUrl({ page: page || null })} />
          </div>
        )}
      </Card>
    </>
  );
}

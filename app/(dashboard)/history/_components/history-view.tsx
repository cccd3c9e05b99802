"use client";
// History: every endpoint the dashboard created, by the form or in bulk, filtered by
// domain and name. Filters live in the URL so a filtered view can be shared or reloaded.
import { parseAsString, useQueryStates } from "nuqs";
import { useMemo, useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PlusIcon, SearchIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { LoadingState, Spinner } from "@/components/ui/spinner";
import { plural } from "@/lib/browser/format";
import { useDebouncedValue } from "@/lib/browser/use-debounced-value";
import { useDomains } from "@/lib/domains/hooks/use-domains";
import { type HistoryFilters as Filters, historySearch } from "@/lib/history/contract";
import { useHistory } from "@/lib/history/hooks/use-history";
import { HistoryFilters } from "./history-filters";
import { HistoryTable } from "./history-table";

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 300;

/** ?domainId=&name=: a filtered view can be shared or reloaded. */
const urlState = { domainId: parseAsString.withDefault(""), name: parseAsString.withDefault("") };

export function HistoryView() {
  const [{ domainId, name }, setUrlState] = useQueryStates(urlState);
  const [page, setPage] = useState(0);
  const debouncedName = useDebouncedValue(name, SEARCH_DELAY_MS);
  const filters = useMemo(() => ({ domainId, name: debouncedName.trim() }), [domainId, debouncedName]);
  const history = useHistory(filters);
  const domains = useDomains();
  const domainNames = useMemo(() => new Map((domains.data ?? []).map((d) => [d.id, d.name])), [domains.data]);

  function update(next: Partial<Filters>) {
    setPage(0);
    void setUrlState({
      ...(next.domainId !== undefined ? { domainId: next.domainId || null } : {}),
      ...(next.name !== undefined ? { name: next.name || null } : {}),
    });
  }

  const entries = history.data ?? [];
  const filtered = filters.domainId !== "" || filters.name !== "";
  const pageCount = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount - 1);
  const visible = entries.slice(currentPage * PAGE_SIZE, (currentPage + 1) * PAGE_SIZE);

  return (
    <>
      <PageHeader
        title="History"
        description="Every endpoint created from this dashboard, by the form or by a bulk import."
        actions={
          <a href={`/api/history/export${historySearch(filters)}`} download className={buttonClasses({ variant: "secondary" })}>
            Export CSV
          </a>
        }
      />
      <Card aria-labelledby="history-heading">
        <div className="space-y-3 border-b border-slate-200 px-5 py-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="history-heading" className="text-base font-semibold text-slate-900">
              Created endpoints
            </h2>
            <p aria-live="polite" className="flex items-center gap-2 text-sm text-slate-600">
              {history.isFetching && !history.isPending && <Spinner className="text-indigo-600" />}
              {history.isSuccess ? `${plural(entries.length, "endpoint")}${filtered ? (entries.length === 1 ? " matches" : " match") : ""}` : "\u00a0"}
            </p>
          </div>
          <HistoryFilters
            domainId={domainId}
            name={name}
            domains={domains.data}
            domainsLoading={domains.isPending}
            onDomainChange={(value) => update({ domainId: value })}
            onNameChange={(value) => update({ name: value })}
          />
        </div>

        {history.isPending ? (
          <LoadingState label="Loading the history…" />
        ) : history.isError && !history.data ? (
          <ErrorState title="Could not load the history" error={history.error} onRetry={() => history.refetch()} retrying={history.isFetching} />
        ) : entries.length === 0 ? (
          filtered ? (
            <EmptyState
              icon={<SearchIcon className="size-5" />}
              title="No created endpoints match these filters"
              action={
                <Button variant="secondary" onClick={() => update({ domainId: "", name: "" })}>
                  Clear filters
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={<PlusIcon className="size-5" />}
              title="Nothing created from the dashboard yet"
              description="Endpoints you create with the form or a bulk import are listed here, with a link to each."
            />
          )
        ) : (
          <div className={cn("transition-opacity", history.isPlaceholderData && "opacity-60")}>
            <HistoryTable entries={visible} domainNames={domainNames} />
            <Pagination page={currentPage} pageSize={PAGE_SIZE} total={entries.length} noun="created endpoints" onPageChange={setPage} />
          </div>
        )}
      </Card>
    </>
  );
}

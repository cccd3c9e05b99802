"use client";
// A domain's endpoints: searched by name and narrowed to a status in the browser, sorted by
// name or status, shown 50 at a time so domains of thousands stay quick. Search, status,
// sort and page live in the URL, so Back and a reload restore them. The list comes from the
// dashboard's cache of it: on a first visit it grows while Catapult is read (search works on
// what has arrived; "Select all" waits for the whole list), and it says how fresh it is.
import { parseAsInteger, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";
import { useDeferredValue, useMemo } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PlusIcon, SearchIcon } from "@/components/ui/icons";
import { Pagination } from "@/components/ui/pagination";
import { LoadingState } from "@/components/ui/spinner";
import { applicationNames } from "@/lib/applications/contract";
import { useApplications } from "@/lib/applications/hooks/use-applications";
import type { Endpoint } from "@/lib/endpoints/contract";
import { useEndpoints, useRefreshEndpoints } from "@/lib/endpoints/hooks/use-endpoints";
import { newEndpointHref } from "@/lib/endpoints/links";
import { useCan } from "@/lib/auth/hooks/current-user";
import { BulkChangeBar } from "./bulk-change-bar";
import { useEndpointSelection } from "./use-endpoint-selection";
import { EndpointsTable, EndpointsTableSkeleton } from "./endpoints-table";
import { EndpointsToolbar } from "./endpoints-toolbar";
import { endpointCountText, ListFreshness } from "./list-freshness";
import {
  countByStatus,
  ENDPOINT_SORT_KEYS,
  type EndpointSortKey,
  filterByName,
  filterByStatus,
  SORT_DIRECTIONS,
  sortEndpoints,
  STATUS_FILTERS,
} from "./filter-endpoints";

const PAGE_SIZE = 50;
const NONE: readonly Endpoint[] = [];
/** ?q=<search>&status=enabled|disabled&sort=name|status&dir=asc|desc&page=<n> (1-based); defaults stay out of the URL. */
const urlState = {
  q: parseAsString.withDefault(""),
  status: parseAsStringLiteral(STATUS_FILTERS).withDefault("all"),
  sort: parseAsStringLiteral(ENDPOINT_SORT_KEYS).withDefault("name"),
  dir: parseAsStringLiteral(SORT_DIRECTIONS).withDefault("asc"),
  page: parseAsInteger.withDefault(1),
};

export function EndpointsPanel({ domainId, domainName }: { domainId: string; domainName: string | undefined }) {
  const endpoints = useEndpoints(domainId);
  const refresh = useRefreshEndpoints(domainId);
  const view = endpoints.data;
  const applications = useApplications();
  const [{ q: query, status, sort, dir, page: pageNumber }, setUrlState] = useQueryStates(urlState);
  const deferredQuery = useDeferredValue(query);

  const all = view?.endpoints ?? NONE;
  const sorted = useMemo(() => sortEndpoints(all, sort, dir), [all, sort, dir]);
  const named = useMemo(() => filterByName(sorted, deferredQuery), [sorted, deferredQuery]);
  const counts = useMemo(() => countByStatus(named), [named]);
  const matching = useMemo(() => filterByStatus(named, status), [named, status]);
  const names = useMemo(() => applicationNames(applications.data), [applications.data]);
  const pageCount = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const currentPage = Math.min(Math.max(0, pageNumber - 1), pageCount - 1);
  const visible = matching.slice(currentPage * PAGE_SIZE, (currentPage + 1) * PAGE_SIZE);
  // Operators tick endpoints for bulk changes; viewers see no boxes.
  const canChange = useCan("operator");
  // Ticks drop out when their endpoint leaves the domain; a list still arriving removes none.
  const allIds = useMemo(() => (view?.complete ? all.map((e) => e.id) : undefined), [view?.complete, all]);
  const selection = useEndpointSelection(allIds);
  const selectedIds = useMemo(() => sorted.filter((e) => selection.selected.has(e.id)).map((e) => e.id), [sorted, selection.selected]);

  /** Any change but paging starts again at page 1 (left out of the URL). */
  const refine = (next: Partial<{ q: string | null; status: typeof status | null; sort: EndpointSortKey | null; dir: typeof dir | null }>) =>
    void setUrlState({ ...next, page: null });
  const sortBy = (key: EndpointSortKey) =>
    refine(key === sort ? { dir: dir === "asc" ? "desc" : null } : { sort: key === "name" ? null : key, dir: null });
  const clearFilters = () => refine({ q: null, status: null });

  const total = all.length;
  const filtering = deferredQuery.trim() !== "" || status !== "all";
  const reading = view?.list.refreshing != null || refresh.isPending;
  // Nothing to show yet: no answer, or a first read whose first page has not arrived.
  const waiting = endpoints.isPending || (!view?.complete && total === 0 && reading);
  const firstReadFailed = view && !view.complete && total === 0 && !reading && view.list.error !== null;

  return (
    <Card aria-labelledby="endpoints-heading">
      <EndpointsToolbar
        summary={waiting ? "\u00a0" : endpointCountText(view, matching.length, filtering)}
        showControls={endpoints.isSuccess && total > 0}
        query={query}
        onQueryChange={(q) => refine({ q: q || null })}
        status={status}
        counts={counts}
        onStatusChange={(next) => refine({ status: next === "all" ? null : next })}
        freshness={waiting ? null : <ListFreshness view={view} starting={refresh.isPending} onRefresh={() => refresh.mutate()} />}
        loading={reading && !view?.complete}
      />

      {waiting ? (
        <>
          <LoadingState label="Loading endpoints… Catapult sends 1,000 at a time; they show as each arrives." className="py-5" />
          <EndpointsTableSkeleton />
        </>
      ) : endpoints.isError ? (
        <ErrorState title="Could not load the endpoints" error={endpoints.error} onRetry={() => endpoints.refetch()} retrying={endpoints.isFetching} />
      ) : firstReadFailed ? (
        <ErrorState title="Could not read the endpoints from Catapult" error={new Error(view.list.error ?? "")} onRetry={() => refresh.mutate()} retrying={refresh.isPending} />
      ) : total === 0 ? (
        <EmptyState
          icon={<PlusIcon className="size-5" />}
          title="No endpoints in this domain yet"
          description="An endpoint is a SIP identity that phones and softphones register with."
          action={
            <ButtonLink href={newEndpointHref(domainId)}>
              <PlusIcon />
              Create an endpoint
            </ButtonLink>
          }
        />
      ) : matching.length === 0 ? (
        <EmptyState
          icon={<SearchIcon className="size-5" />}
          title={noMatchTitle(deferredQuery.trim(), status)}
          description={deferredQuery.trim() ? "The search looks at endpoint names." : undefined}
          action={
            <Button variant="secondary" onClick={clearFilters}>
              {status === "all" ? "Clear search" : "Show all endpoints"}
            </Button>
          }
        />
      ) : (
        <>
          {canChange && domainName && (
            <BulkChangeBar
              domainId={domainId}
              domainName={domainName}
              selectedIds={selectedIds}
              matchingCount={matching.length}
              filtering={filtering}
              complete={view?.complete ?? false}
              applications={applications.data ?? []}
              onSelectAllMatching={() => selection.setMany(matching.map((e) => e.id), true)}
              onClear={selection.clear}
            />
          )}
          <EndpointsTable
            selection={canChange ? selection : undefined}
            endpoints={visible}
            applicationNames={names}
            caption={`Endpoints of ${domainName ?? "this domain"}`}
            sort={{ key: sort, direction: dir }}
            onSort={sortBy}
          />
          <Pagination
            page={currentPage}
            pageSize={PAGE_SIZE}
            total={matching.length}
            noun="endpoints"
            onPageChange={(p) => {
              void setUrlState({ page: p > 0 ? p + 1 : null });
              document.getElementById("endpoints-heading")?.scrollIntoView({ block: "start" });
            }}
          />
        </>
      )}
    </Card>
  );
}

function noMatchTitle(query: string, status: "all" | "enabled" | "disabled"): string {
  const which = status === "all" ? "endpoints" : `${status} endpoints`;
  return query ? `No ${which} match “${query}”` : `No ${which} in this domain`;
}

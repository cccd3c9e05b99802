"use client";
// A domain's endpoints: searched by name and narrowed to a status in the browser, sorted by
// name or status, shown 50 at a time so domains of thousands stay quick. Search, status,
// sort and page live in the URL, so Back and a reload restore them. The list comes from the
// dashboard's cache of it: on a first visit it grows while Catapult is read (search works on
// what has arrived; "Select all" waits for the whole list), and it says how fresh it is. On
// a later visit the server sends the first page of rows with the page (`preview`), shown
// until the whole list has arrived.
import { debounce, useQueryStates } from "nuqs";
import { useCallback, useMemo, useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PlusIcon, SearchIcon } from "@/components/ui/icons";
import { Pagination } from "@/components/ui/pagination";
import { LoadingState } from "@/components/ui/spinner";
import { applicationNames } from "@/lib/applications/contract";
import { useApplications } from "@/lib/applications/hooks/use-applications";
import { useCan } from "@/lib/auth/hooks/current-user";
import { plural } from "@/lib/browser/format";
import type { Endpoint } from "@/lib/endpoints/contract";
import { useEndpoints, useRefreshEndpoints } from "@/lib/endpoints/hooks/use-endpoints";
import { newEndpointHref } from "@/lib/endpoints/links";
import {
  countByStatus,
  ENDPOINT_PAGE_SIZE,
  type EndpointListPage,
  endpointListUrlState,
  type EndpointListUrlState,
  type EndpointSortKey,
  filterByName,
  filterByStatus,
  pageIndexOf,
  sortEndpoints,
  type StatusFilter,
} from "@/lib/endpoints/list-view";
import { BulkChangeBar } from "./bulk-change-bar";
import { EndpointsTable, EndpointsTableSkeleton } from "./endpoints-table";
import { EndpointsToolbar } from "./endpoints-toolbar";
import { endpointCountText, ListFreshness } from "./list-freshness";
import { useEndpointSelection } from "./use-endpoint-selection";

const NONE: readonly Endpoint[] = [];
/** The search's state changes at each keystroke; the URL (and the router's re-render) once typing pauses. */
const SEARCH_URL_DELAY_MS = 300;

interface EndpointsPanelProps {
  domainId: string;
  domainName: string | undefined;
  preview: EndpointListPage | null;
}

export function EndpointsPanel({ domainId, domainName, preview }: EndpointsPanelProps) {
  const endpoints = useEndpoints(domainId);
  const refresh = useRefreshEndpoints(domainId);
  const view = endpoints.data;
  const applications = useApplications();
  const [urlView, setUrlState] = useQueryStates(endpointListUrlState);
  const { q: query, status, sort, dir, page: pageNumber } = urlView;
  // The server rendered its preview for the URL the page opened with, and for no other view.
  const [openedWith] = useState(urlView);

  // Not deferred: filtering 10,000 names takes a few milliseconds, and the table shows 50.
  const all = view?.endpoints ?? NONE;
  const sorted = useMemo(() => sortEndpoints(all, sort, dir), [all, sort, dir]);
  const named = useMemo(() => filterByName(sorted, query), [sorted, query]);
  const liveCounts = useMemo(() => countByStatus(named), [named]);
  const matching = useMemo(() => filterByStatus(named, status), [named, status]);
  const names = useMemo(() => applicationNames(applications.data), [applications.data]);
  const livePage = pageIndexOf(pageNumber, matching.length);
  const liveRows = useMemo(() => matching.slice(livePage * ENDPOINT_PAGE_SIZE, (livePage + 1) * ENDPOINT_PAGE_SIZE), [matching, livePage]);
  // Until the whole list is here, the server's page of it (the same view of the same cache).
  const early = !view && preview && sameView(openedWith, urlView) ? preview : null;
  const shown = early ?? { rows: liveRows, total: all.length, counts: liveCounts, matching: matching.length, pageIndex: livePage };

  // Operators tick endpoints for bulk changes; viewers see no boxes.
  const canChange = useCan("operator");
  // Ticks drop out when their endpoint leaves the domain; a list still arriving removes none.
  const allIds = useMemo(() => (view?.complete ? all.map((e) => e.id) : undefined), [view?.complete, all]);
  const selection = useEndpointSelection(allIds);
  const selectedIds = useMemo(() => sorted.filter((e) => selection.selected.has(e.id)).map((e) => e.id), [sorted, selection.selected]);

  /** Any change but paging starts again at page 1 (left out of the URL). */
  const refine = (next: Partial<{ q: string | null; status: StatusFilter | null }>) => void setUrlState({ ...next, page: null });
  const sortBy = useCallback(
    (key: EndpointSortKey) => void setUrlState({ ...(key === sort ? { dir: dir === "asc" ? "desc" : null } : { sort: key === "name" ? null : key, dir: null }), page: null }),
    [setUrlState, sort, dir],
  );
  const sortState = useMemo(() => ({ key: sort, direction: dir }), [sort, dir]);
  const clearFilters = () => refine({ q: null, status: null });

  const filtering = query.trim() !== "" || status !== "all";
  const reading = view?.list.refreshing != null || refresh.isPending;
  // Nothing to show yet: no answer, or a first read whose first page has not arrived.
  const waiting = !early && (endpoints.isPending || (!view?.complete && shown.total === 0 && reading));
  const firstReadFailed = view && !view.complete && shown.total === 0 && !reading && view.list.error !== null;
  const countText = early ? (filtering ? `${shown.matching.toLocaleString("en")} of ${shown.total.toLocaleString("en")}` : plural(shown.total, "endpoint")) : endpointCountText(view, shown.matching, filtering);

  return (
    <Card aria-labelledby="endpoints-heading">
      <EndpointsToolbar
        summary={waiting ? "\u00a0" : countText}
        // Kept while a view typed over the server's preview waits for the whole list: the box keeps its focus.
        showControls={(view ? view.endpoints.length : (preview?.total ?? 0)) > 0}
        query={query}
        onQueryChange={(q) => void setUrlState({ q: q || null, page: null }, { limitUrlUpdates: debounce(SEARCH_URL_DELAY_MS) })}
        status={status}
        counts={shown.counts}
        onStatusChange={(next) => refine({ status: next === "all" ? null : next })}
        // The time is written in the browser's time zone: not in the server's HTML.
        freshness={waiting || early ? null : <ListFreshness view={view} starting={refresh.isPending} onRefresh={() => refresh.mutate()} />}
        loading={reading && !view?.complete}
      />

      {waiting ? (
        <>
          <LoadingState label="Loading endpoints… Catapult sends 1,000 at a time; they show as each arrives." className="py-5" />
          <EndpointsTableSkeleton />
        </>
      ) : endpoints.isError && !early ? (
        <ErrorState title="Could not load the endpoints" error={endpoints.error} onRetry={() => endpoints.refetch()} retrying={endpoints.isFetching} />
      ) : firstReadFailed ? (
        <ErrorState title="Could not read the endpoints from Catapult" error={new Error(view.list.error ?? "")} onRetry={() => refresh.mutate()} retrying={refresh.isPending} />
      ) : shown.total === 0 ? (
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
      ) : shown.matching === 0 ? (
        <EmptyState
          icon={<SearchIcon className="size-5" />}
          title={noMatchTitle(query.trim(), status)}
          description={query.trim() ? "The search looks at endpoint names." : undefined}
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
            endpoints={shown.rows}
            applicationNames={names}
            caption={`Endpoints of ${domainName ?? "this domain"}`}
            sort={sortState}
            onSort={sortBy}
          />
          <Pagination
            page={shown.pageIndex}
            pageSize={ENDPOINT_PAGE_SIZE}
            total={shown.matching}
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

const sameView = (a: EndpointListUrlState, b: EndpointListUrlState) => a.q === b.q && a.status === b.status && a.sort === b.sort && a.dir === b.dir && a.page === b.page;

function noMatchTitle(query: string, status: StatusFilter): string {
  const which = status === "all" ? "endpoints" : `${status} endpoints`;
  return query ? `No ${which} match “${query}”` : `No ${which} in this domain`;
}

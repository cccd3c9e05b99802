"use client";
// A domain's endpoints: searched by name and narrowed to a status in the browser, sorted by
// name or status, shown 50 at a time so domains of thousands stay quick. Search, status,
// sort and page live in the URL, so Back and a reload restore them. The list comes from the
// dashboard's cache of it: on a first visit it grows while Catapult is read (search works on
// what has arrived; "Select all" waits for the whole list), and it says how fresh it is. On
// a later visit the server sends the first page of rows with the page (`preview`), shown
// until the whole list has arrived.
import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PlusIcon } from "@/components/ui/icons/plus";
import { SearchIcon } from "@/components/ui/icons/search";
import { Pagination } from "@/components/ui/pagination";
import { LoadingState } from "@/components/ui/spinner";
import { type Application, applicationNames } from "@/lib/applications/contract";
import { useCan } from "@/lib/auth/hooks/current-user";
import { plural } from "@/lib/browser/format";
import type { Domain } from "@/lib/domains/contract";
import type { Endpoint } from "@/lib/endpoints/contract";
import type { EndpointList } from "@/lib/endpoints/hooks/use-endpoints";
import { newEndpointHref } from "@/lib/endpoints/links";
import {
  countByStatus,
  ENDPOINT_PAGE_SIZE,
  type EndpointListPage,
  type EndpointListUrlState,
  type EndpointSortKey,
  filterByName,
  filterByStatus,
  pageIndexOf,
  sortEndpoints,
  type StatusFilter,
} from "@/lib/endpoints/list-view";
import { EndpointsTable, EndpointsTableSkeleton } from "./endpoints-table";
import { EndpointsToolbar } from "./endpoints-toolbar";
import { endpointCountText, ListFreshness } from "./list-freshness";
import type { DomainPageUrl } from "./use-domain-page-url";
import { useEndpointSelection } from "./use-endpoint-selection";

const NONE: readonly Endpoint[] = [];
// The selection bar, and what starts a job (password generation included), load with the
// first tick rather than with the page: viewers never tick, and most visits only look.
const BulkChangeBar = lazy(async () => ({ default: (await import("./bulk-change-bar")).BulkChangeBar }));

interface EndpointsPanelProps {
  domain: Domain;
  /** The domain's list as this tab holds it, polled while Catapult's is being read. */
  endpoints: EndpointList;
  /** Undefined when Catapult could not list them: the table shows ids. */
  applications: Application[] | undefined;
  preview: EndpointListPage | null;
  /** The view in the URL: it changes at each keystroke, the URL itself once typing pauses. */
  url: DomainPageUrl;
}

export function EndpointsPanel({ domain, endpoints, applications, preview, url }: EndpointsPanelProps) {
  const { id: domainId, name: domainName } = domain;
  const { refresh } = endpoints;
  const view = endpoints.data;
  const { filters: urlView, set: setUrlState } = url;
  const { q: query, status, sort, dir, page: pageNumber } = urlView;
  // The server rendered its preview for the URL the page opened with, and for no other view.
  const [openedWith] = useState(urlView);

  // Not deferred: filtering 10,000 names takes a few milliseconds, and the table shows 50.
  const all = view?.endpoints ?? NONE;
  const sorted = useMemo(() => sortEndpoints(all, sort, dir), [all, sort, dir]);
  const named = useMemo(() => filterByName(sorted, query), [sorted, query]);
  const liveCounts = useMemo(() => countByStatus(named), [named]);
  const matching = useMemo(() => filterByStatus(named, status), [named, status]);
  const names = useMemo(() => applicationNames(applications), [applications]);
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

  /** Any change but paging starts again at page 1 (left out of the URL, as every default). */
  const refine = (next: Partial<{ q: string; status: StatusFilter }>) => setUrlState({ ...next, page: 1 }, { now: true });
  const sortBy = useCallback(
    (key: EndpointSortKey) => setUrlState({ ...(key === sort ? { dir: dir === "asc" ? "desc" : "asc" } : { sort: key, dir: "asc" }), page: 1 }, { now: true }),
    [setUrlState, sort, dir],
  );
  const sortState = useMemo(() => ({ key: sort, direction: dir }), [sort, dir]);
  const clearFilters = () => refine({ q: "", status: "all" });

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
        onQueryChange={(q) => setUrlState({ q, page: 1 })}
        status={status}
        counts={shown.counts}
        onStatusChange={(next) => refine({ status: next })}
        // The time is written in the browser's time zone: not in the server's HTML.
        freshness={
          waiting || early ? null : <ListFreshness view={view} starting={refresh.isPending} failure={refresh.error ?? endpoints.error} onRefresh={() => refresh.mutate(undefined)} />
        }
        loading={reading && !view?.complete}
      />

      {waiting ? (
        <>
          <LoadingState label="Loading endpoints… Catapult sends 1,000 at a time; they show as each arrives." className="py-5" />
          <EndpointsTableSkeleton />
        </>
      ) : endpoints.isError && !view && !early ? (
        // Nothing held yet and the dashboard did not answer (with a list held, the count line says so).
        <ErrorState title="Could not load the endpoints" error={endpoints.error} onRetry={() => void endpoints.pollNow()} retrying={endpoints.isFetching} />
      ) : firstReadFailed ? (
        <ErrorState title="Could not read the endpoints from Catapult" error={new Error(view.list.error ?? "")} onRetry={() => refresh.mutate(undefined)} retrying={refresh.isPending} />
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
          {canChange && selectedIds.length > 0 && (
            <Suspense fallback={null}>
              <BulkChangeBar
                domainId={domainId}
                domainName={domainName}
                selectedIds={selectedIds}
                matchingCount={matching.length}
                filtering={filtering}
                complete={view?.complete ?? false}
                applications={applications ?? []}
                onSelectAllMatching={() => selection.setMany(matching.map((e) => e.id), true)}
                onClear={selection.clear}
              />
            </Suspense>
          )}
          <EndpointsTable selection={canChange ? selection : undefined} endpoints={shown.rows} applicationNames={names} caption={`Endpoints of ${domainName}`} sort={sortState} onSort={sortBy} />
          <Pagination
            page={shown.pageIndex}
            pageSize={ENDPOINT_PAGE_SIZE}
            total={shown.matching}
            noun="endpoints"
            onPageChange={(p) => {
              setUrlState({ page: p + 1 }, { now: true });
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

"use client";
// A domain's endpoints: searched by name in the browser, sorted, shown 50 at a time so
// domains of thousands stay quick. Search and page live in the URL, so Back restores them.
import { parseAsInteger, parseAsString, useQueryStates } from "nuqs";
import { useDeferredValue, useMemo } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { PlusIcon, SearchIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { LoadingState, Spinner } from "@/components/ui/spinner";
import { applicationNames } from "@/lib/applications/contract";
import { useApplications } from "@/lib/applications/hooks/use-applications";
import { useEndpoints } from "@/lib/endpoints/hooks/use-endpoints";
import { newEndpointHref } from "@/lib/endpoints/links";
import { EndpointsTable, EndpointsTableSkeleton } from "./endpoints-table";
import { filterByName, sortByName } from "./filter-endpoints";

const PAGE_SIZE = 50;
/** ?q=<search>&page=<n> (1-based); defaults are left out of the URL. */
const urlState = { q: parseAsString.withDefault(""), page: parseAsInteger.withDefault(1) };

export function EndpointsPanel({ domainId, domainName }: { domainId: string; domainName: string | undefined }) {
  const endpoints = useEndpoints(domainId);
  const applications = useApplications();
  const [{ q: query, page: pageNumber }, setUrlState] = useQueryStates(urlState);
  const page = Math.max(0, pageNumber - 1);
  const deferredQuery = useDeferredValue(query);

  const sorted = useMemo(() => sortByName(endpoints.data ?? []), [endpoints.data]);
  const matching = useMemo(() => filterByName(sorted, deferredQuery), [sorted, deferredQuery]);
  const names = useMemo(() => applicationNames(applications.data), [applications.data]);
  const pageCount = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const currentPage = Math.min(page, pageCount - 1);
  const visible = matching.slice(currentPage * PAGE_SIZE, (currentPage + 1) * PAGE_SIZE);

  function update(nextQuery: string, nextPage: number) {
    void setUrlState({ q: nextQuery || null, page: nextPage > 0 ? nextPage + 1 : null });
  }

  const total = endpoints.data?.length ?? 0;
  const filtering = deferredQuery.trim() !== "";

  return (
    <Card aria-labelledby="endpoints-heading">
      <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 px-5 py-4">
        <div className="mr-auto">
          <h2 id="endpoints-heading" className="text-base font-semibold text-slate-900">
            Endpoints
          </h2>
          <p aria-live="polite" className="text-sm text-slate-600">
            {endpoints.isSuccess ? (filtering ? `${matching.length.toLocaleString()} of ${total.toLocaleString()}` : `${total.toLocaleString()} ${total === 1 ? "endpoint" : "endpoints"}`) : "\u00a0"}
          </p>
        </div>
        {endpoints.isSuccess && total > 0 && (
          <div className="flex w-full items-center gap-2 sm:w-auto">
            <div className="relative min-w-0 flex-1 sm:w-72 sm:flex-none">
              <label htmlFor="endpoint-search" className="sr-only">
                Search endpoints by name
              </label>
              <SearchIcon className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-500" />
              <Input
                id="endpoint-search"
                type="search"
                placeholder="Search by name"
                autoComplete="off"
                spellCheck={false}
                value={query}
                onChange={(event) => update(event.target.value, 0)}
                className="pl-9"
              />
            </div>
            <Button variant="secondary" onClick={() => endpoints.refetch()} disabled={endpoints.isFetching} title="Read the list again from Catapult">
              {endpoints.isFetching && <Spinner />}
              {endpoints.isFetching ? "Refreshing…" : "Refresh"}
            </Button>
          </div>
        )}
      </div>

      {endpoints.isPending ? (
        <>
          <LoadingState label="Loading endpoints… large domains take a few seconds (Catapult is read one page at a time)." className="py-5" />
          <EndpointsTableSkeleton />
        </>
      ) : endpoints.isError ? (
        <ErrorState title="Could not load the endpoints" error={endpoints.error} onRetry={() => endpoints.refetch()} retrying={endpoints.isFetching} />
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
          title={`No endpoints match “${deferredQuery.trim()}”`}
          description="The search looks at endpoint names."
          action={
            <Button variant="secondary" onClick={() => update("", 0)}>
              Clear search
            </Button>
          }
        />
      ) : (
        <>
          <EndpointsTable endpoints={visible} applicationNames={names} caption={`Endpoints of ${domainName ?? "this domain"}`} />
          <Pagination
            page={currentPage}
            pageSize={PAGE_SIZE}
            total={matching.length}
            noun="endpoints"
            onPageChange={(p) => {
              update(query, p);
              document.getElementById("endpoints-heading")?.scrollIntoView({ block: "start" });
            }}
          />
        </>
      )}
    </Card>
  );
}

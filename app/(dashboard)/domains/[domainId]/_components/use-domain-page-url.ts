"use client";
// The domain page's state in its URL: the endpoint list's view (?q=&status=&sort=&dir=&page=,
// defaults left out), read as the server reads it (lib/endpoints/list-view.ts), and
// ?deleted=<name> after an endpoint's page deleted one. Written with the History API
// (useUrlFilters, shallow): the page filters in the browser what it already holds, so Back and
// a reload restore the view without the server rendering the page again at every change.
import { usePathname, useSearchParams } from "next/navigation";
import { useMemo } from "react";
import { useUrlFilters } from "@/lib/browser/use-url-filters";
import { type EndpointListUrlState, readEndpointListUrl, writeEndpointListUrl } from "@/lib/endpoints/list-view";

export type DomainPageUrlState = EndpointListUrlState & { deleted: string };

function writeUrl(state: DomainPageUrlState): string {
  const params = writeEndpointListUrl(state);
  if (state.deleted) params.set("deleted", state.deleted);
  const search = params.toString();
  return search ? `?${search}` : "";
}

export function useDomainPageUrl() {
  const params = useSearchParams();
  const current = useMemo<DomainPageUrlState>(() => ({ ...readEndpointListUrl(params), deleted: params.get("deleted") ?? "" }), [params]);
  return useUrlFilters(usePathname(), current, writeUrl, { shallow: true });
}

export type DomainPageUrl = ReturnType<typeof useDomainPageUrl>;

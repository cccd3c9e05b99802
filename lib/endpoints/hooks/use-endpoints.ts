// A domain's endpoints from the dashboard's cache of its list (GET /api/domains/{id}/endpoints
// ?since=<seq>). The first answer comes at once; while Catapult's list is being read the
// page asks again for what changed since it last looked and merges it, so a first visit's
// table grows a page (1,000 endpoints) at a time instead of waiting for all of them.
import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { Endpoint, EndpointListRefreshResponse, EndpointListState, EndpointsResponse } from "@/lib/endpoints/contract";
import { endpointApiPath, endpointKeys } from "./query-keys";

export interface EndpointListView {
  /** Every endpoint the cache has now, in no particular order. */
  endpoints: readonly Endpoint[];
  byId: ReadonlyMap<string, Endpoint>;
  list: EndpointListState;
  seq: number;
  /** The list was read whole at least once: counts, Select all and "already exists" can rely on it. */
  complete: boolean;
}

/** While a first read runs, rows arrive every second (1 request/s): look often enough to show each page at once. */
const FIRST_READ_POLL_MS = 250;
const REFRESH_POLL_MS = 1000;

async function lookAgain(queryClient: QueryClient, domainId: string, signal: AbortSignal): Promise<EndpointListView> {
  const previous = queryClient.getQueryData<EndpointListView>(endpointKeys.list(domainId));
  const answer = await apiFetch<EndpointsResponse>(`${endpointApiPath(domainId)}?since=${previous?.seq ?? 0}`, { signal });
  const unchanged = previous && !answer.whole && answer.endpoints.length === 0 && answer.removed.length === 0;
  if (unchanged && JSON.stringify(previous.list) === JSON.stringify(answer.list)) return previous;
  const byId = new Map(answer.whole || !previous ? [] : previous.byId);
  for (const id of answer.removed) byId.delete(id);
  for (const endpoint of answer.endpoints) byId.set(endpoint.id, endpoint);
  const endpoints = unchanged ? previous.endpoints : [...byId.values()];
  return { endpoints, byId, list: answer.list, seq: answer.seq, complete: answer.list.asOf !== null };
}

export function useEndpoints(domainId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: endpointKeys.list(domainId),
    queryFn: ({ signal }) => lookAgain(queryClient, domainId, signal),
    refetchInterval: (query) => {
      const view = query.state.data;
      if (!view?.list.refreshing) return false;
      return view.complete ? REFRESH_POLL_MS : FIRST_READ_POLL_MS;
    },
    // Each look costs the store, not Catapult: always ask for what changed.
    staleTime: 0,
    // Maps are not plain data: skip the deep compare and hand over the new view as is.
    structuralSharing: false,
  });
}

/** Refresh: read Catapult's list again now (joining a read already running), then watch it. */
export function useRefreshEndpoints(domainId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<EndpointListRefreshResponse>(`${endpointApiPath(domainId)}/refresh`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: endpointKeys.list(domainId) }),
  });
}

/** The view with one endpoint as it now is (after an update), or without it (after a delete). */
export function withEndpoint(view: EndpointListView | undefined, endpoint: Endpoint): EndpointListView | undefined {
  if (!view) return view;
  const byId = new Map(view.byId).set(endpoint.id, endpoint);
  return { ...view, byId, endpoints: [...byId.values()] };
}

export function withoutEndpoint(view: EndpointListView | undefined, endpointId: string): EndpointListView | undefined {
  if (!view?.byId.has(endpointId)) return view;
  const byId = new Map(view.byId);
  byId.delete(endpointId);
  return { ...view, byId, endpoints: [...byId.values()] };
}

// A domain's endpoints from the dashboard's cache of its list (GET /api/domains/{id}/endpoints
// ?since=<seq>). The first answer comes at once; while Catapult's list is being read the
// page asks again for what changed since it last looked and merges it, so a first visit's
// table grows a page (1,000 endpoints) at a time instead of waiting for all of them. What the
// tab has merged is kept (for the last few domains): a page that comes back shows it at once
// and asks only for what changed since. Plain polling (lib/browser/use-polling.ts): each page has one
// reader of a domain's list (the domain page, the bulk preview), and the pages stay light.
import { useEffect } from "react";
import { apiFetch } from "@/lib/browser/api-fetch";
import { onDataChanged } from "@/lib/browser/data-changed";
import { usePolling } from "@/lib/browser/use-polling";
import { useRequest } from "@/lib/browser/use-request";
import type { Endpoint, EndpointListRefreshResponse, EndpointListState, EndpointsResponse } from "@/lib/endpoints/contract";
import { endpointApiPath } from "./query-keys";

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
export const FIRST_READ_POLL_MS = 250;
export const REFRESH_POLL_MS = 1000;

const held = new Map<string, EndpointListView>();
/**
 * Lists of 10,000 endpoints are megabytes: the tab keeps the few domains looked at last (as the
 * query cache forgot a list nobody showed for 5 minutes), and reads any other one whole again.
 */
export const HELD_LISTS = 4;

function hold(domainId: string, view: EndpointListView): void {
  held.delete(domainId);
  held.set(domainId, view);
  for (const oldest of held.keys()) {
    if (held.size <= HELD_LISTS) break;
    held.delete(oldest);
  }
}

/** Asks for what changed since the view held, and merges it (the same view back when nothing did). */
async function lookAgain(domainId: string, signal: AbortSignal): Promise<EndpointListView> {
  const previous = held.get(domainId);
  const answer = await apiFetch<EndpointsResponse>(`${endpointApiPath(domainId)}?since=${previous?.seq ?? 0}`, { signal });
  const unchanged = previous && !answer.whole && answer.endpoints.length === 0 && answer.removed.length === 0;
  // The same object: the page skips sorting 10,000 endpoints again for nothing.
  if (unchanged && JSON.stringify(previous.list) === JSON.stringify(answer.list) && previous.seq === answer.seq) {
    hold(domainId, previous);
    return previous;
  }
  const byId = new Map(answer.whole || !previous ? [] : previous.byId);
  for (const id of answer.removed) byId.delete(id);
  for (const endpoint of answer.endpoints) byId.set(endpoint.id, endpoint);
  const endpoints = unchanged ? previous.endpoints : [...byId.values()];
  const view = { endpoints, byId, list: answer.list, seq: answer.seq, complete: answer.list.asOf !== null };
  hold(domainId, view);
  return view;
}

/** Fast while a first read fills the list, every second while a refresh runs, not at all once it is done. */
export function endpointListPollInterval(view: EndpointListView): number | false {
  if (!view.list.refreshing) return false;
  return view.complete ? REFRESH_POLL_MS : FIRST_READ_POLL_MS;
}

const heldList = (domainId: string) => held.get(domainId);

export function useEndpoints(domainId: string) {
  const list = usePolling(domainId, lookAgain, endpointListPollInterval, heldList);
  const { pollNow } = list;
  // Our own writes elsewhere in the tab (a job that ended, say) show at once.
  useEffect(() => onDataChanged((change) => void (change.kind === "endpoints" && change.domainId === domainId && pollNow())), [domainId, pollNow]);
  /** Refresh: read Catapult's list again now (joining a read already running), then watch it. Pending until the read shows. */
  const refresh = useRequest(
    async () => {
      await apiFetch<EndpointListRefreshResponse>(`${endpointApiPath(domainId)}/refresh`, { method: "POST" });
      await pollNow();
    },
    { refresh: false },
  );
  return { ...list, refresh };
}

export type EndpointList = ReturnType<typeof useEndpoints>;

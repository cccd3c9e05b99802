// A domain's endpoints as the table shows them: searched by name, narrowed to a status, sorted.
import type { Endpoint } from "@/lib/endpoints/contract";

export const ENDPOINT_SORT_KEYS = ["name", "status"] as const;
export type EndpointSortKey = (typeof ENDPOINT_SORT_KEYS)[number];
export const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export const STATUS_FILTERS = ["all", "enabled", "disabled"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
const byName = (a: Endpoint, b: Endpoint) => collator.compare(a.name, b.name);

/**
 * By name (natural order: "ep-2" before "ep-10"), or by status: enabled first when ascending,
 * disabled first when descending, each group by name A to Z either way.
 */
export function sortEndpoints(endpoints: readonly Endpoint[], key: EndpointSortKey = "name", direction: SortDirection = "asc"): Endpoint[] {
  const sign = direction === "asc" ? 1 : -1;
  if (key === "name") return endpoints.toSorted((a, b) => sign * byName(a, b));
  return endpoints.toSorted((a, b) => sign * (Number(b.enabled) - Number(a.enabled)) || byName(a, b));
}

/** Case-insensitive "name contains"; a blank query keeps everything. */
export function filterByName(endpoints: readonly Endpoint[], query: string): readonly Endpoint[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return endpoints;
  return endpoints.filter((e) => e.name.toLowerCase().includes(needle));
}

export function filterByStatus(endpoints: readonly Endpoint[], status: StatusFilter): readonly Endpoint[] {
  if (status === "all") return endpoints;
  const enabled = status === "enabled";
  return endpoints.filter((e) => e.enabled === enabled);
}

export function countByStatus(endpoints: readonly Endpoint[]): Record<StatusFilter, number> {
  const enabled = endpoints.filter((e) => e.enabled).length;
  return { all: endpoints.length, enabled, disabled: endpoints.length - enabled };
}

// A domain's endpoints as the table shows them: searched by name, narrowed to a status, sorted,
// a page at a time, as the URL says. Browser-safe: the domain page uses it, and so does the
// server when it renders a cached list's first rows into the page.
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

/** Rows per page of the table: domains of thousands stay quick to render and to scroll. */
export const ENDPOINT_PAGE_SIZE = 50;

export interface EndpointListUrlState {
  q: string;
  status: StatusFilter;
  sort: EndpointSortKey;
  dir: SortDirection;
  /** From 1. */
  page: number;
}

/** A page's searchParams (on the server) or the browser's URLSearchParams. */
export type UrlValues = Pick<URLSearchParams, "get"> | Record<string, string | string[] | undefined>;

function urlValue(values: UrlValues, key: string): string | null {
  if (typeof values.get === "function") return (values as Pick<URLSearchParams, "get">).get(key);
  const value = (values as Record<string, string | string[] | undefined>)[key];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T => allowed.find((a) => a === value) ?? fallback;

/**
 * The view in the URL, ?q=<search>&status=enabled|disabled&sort=name|status&dir=asc|desc&page=<n>,
 * read the same by the server (its first rows) and the page (Back, reload): a value the page
 * does not know means the default. Written by hand rather than with nuqs's parsers, which would
 * cost the browser ~1.5 kB gzip for five keys.
 */
export function readEndpointListUrl(values: UrlValues): EndpointListUrlState {
  const page = Number.parseInt(urlValue(values, "page") ?? "", 10);
  return {
    q: urlValue(values, "q") ?? "",
    status: oneOf(STATUS_FILTERS, urlValue(values, "status"), "all"),
    sort: oneOf(ENDPOINT_SORT_KEYS, urlValue(values, "sort"), "name"),
    dir: oneOf(SORT_DIRECTIONS, urlValue(values, "dir"), "asc"),
    page: Number.isSafeInteger(page) ? page : 1,
  };
}

const DEFAULT_VIEW = readEndpointListUrl({});

/** Sets the view's values in `params`, leaving defaults out (they read back the same). */
export function writeEndpointListUrl(state: EndpointListUrlState, params = new URLSearchParams()): URLSearchParams {
  for (const key of ["q", "status", "sort", "dir", "page"] as const) {
    if (state[key] === DEFAULT_VIEW[key]) params.delete(key);
    else params.set(key, String(state[key]));
  }
  return params;
}

/** The 0-based page a 1-based `page` of the URL lands on, among `count` rows. */
export function pageIndexOf(pageNumber: number, count: number): number {
  const pageCount = Math.max(1, Math.ceil(count / ENDPOINT_PAGE_SIZE));
  return Math.min(Math.max(0, pageNumber - 1), pageCount - 1);
}

/** What the table shows for the URL's view: one page of rows, with the counts around it. */
export interface EndpointListPage {
  rows: Endpoint[];
  total: number;
  /** Among the endpoints the search matches. */
  counts: Record<StatusFilter, number>;
  matching: number;
  pageIndex: number;
}

/** The server renders this page of a cached list into the HTML, so a later visit shows rows before any script runs. */
export function endpointListPage(endpoints: readonly Endpoint[], state: EndpointListUrlState): EndpointListPage {
  const named = filterByName(sortEndpoints(endpoints, state.sort, state.dir), state.q);
  const matching = filterByStatus(named, state.status);
  const pageIndex = pageIndexOf(state.page, matching.length);
  const rows = matching.slice(pageIndex * ENDPOINT_PAGE_SIZE, (pageIndex + 1) * ENDPOINT_PAGE_SIZE);
  return { rows, total: endpoints.length, counts: countByStatus(named), matching: matching.length, pageIndex };
}

// History: every endpoint the dashboard created. Its filters (page, API and CSV export) and
// the entries GET /api/history answers with. Browser-safe, and no schema: the route's query
// is parsed with schema.ts, so the History page loads no zod.

export interface HistoryFilters {
  domainId: string;
  name: string;
}

export const CREATION_SOURCES = ["form", "bulk"] as const;
export type CreationSource = (typeof CREATION_SOURCES)[number];

/** One History entry (`createdAt` in epoch milliseconds). */
export interface HistoryEntry {
  endpointId: string;
  name: string;
  domainId: string;
  source: CreationSource;
  /** The bulk job that created it, when `source` is "bulk". */
  jobId: string | null;
  createdAt: number;
  /** Who created it (for a bulk job: who started the job); `label` is what a person reads. */
  actor: { type: string; id: string | null; label: string };
}

/** GET /api/history */
export interface HistoryResponse {
  endpoints: HistoryEntry[];
}

/** The query string shared by the page, its API and its CSV export; empty filters (and page 1) are left out. */
export function historySearch(filters: HistoryFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.domainId) params.set("domainId", filters.domainId);
  if (filters.name.trim()) params.set("name", filters.name.trim());
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

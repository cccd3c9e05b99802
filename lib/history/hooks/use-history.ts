// Endpoints the dashboard created (GET /api/history), filtered by domain and name.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { CreatedEndpointRecord } from "@/lib/db/created-endpoints";
import { apiFetch } from "@/lib/browser/api-fetch";

export interface HistoryFilters {
  domainId: string;
  name: string;
}

/** One History entry, as GET /api/history sends it (`createdAt` in epoch milliseconds). */
export type CreatedEndpointEntry = CreatedEndpointRecord;

export const historyKey = (filters: HistoryFilters) => ["history", filters] as const;

/** The query string shared by the list and its CSV export; empty filters are left out. */
export function historySearch(filters: HistoryFilters): string {
  const params = new URLSearchParams();
  if (filters.domainId) params.set("domainId", filters.domainId);
  if (filters.name.trim()) params.set("name", filters.name.trim());
  const query = params.toString();
  return query ? `?${query}` : "";
}

export async function fetchHistory(filters: HistoryFilters, signal?: AbortSignal): Promise<CreatedEndpointEntry[]> {
  const { endpoints } = await apiFetch<{ endpoints: CreatedEndpointEntry[] }>(`/api/history${historySearch(filters)}`, { signal });
  return endpoints;
}

export function useHistory(filters: HistoryFilters) {
  return useQuery({
    queryKey: historyKey(filters),
    queryFn: ({ signal }) => fetchHistory(filters, signal),
    staleTime: 10_000,
    // While a new search loads, the old list stays (dimmed) instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

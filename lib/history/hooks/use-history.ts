// Endpoints the dashboard created (GET /api/history), filtered by domain and name.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import { type HistoryFilters, type HistoryResponse, historySearch } from "@/lib/history/contract";
import { historyKeys } from "./query-keys";

export function useHistory(filters: HistoryFilters) {
  return useQuery({
    queryKey: historyKeys.list(filters),
    queryFn: async ({ signal }) => (await apiFetch<HistoryResponse>(`/api/history${historySearch(filters)}`, { signal })).endpoints,
    staleTime: 10_000,
    // While a new search loads, the old list stays (dimmed) instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}

// Query keys of History, from one factory: creating or deleting an endpoint invalidates `all`.
import type { HistoryFilters } from "@/lib/history/contract";

export const historyKeys = {
  all: ["history"] as const,
  list: (filters: HistoryFilters) => [...historyKeys.all, "list", filters] as const,
};

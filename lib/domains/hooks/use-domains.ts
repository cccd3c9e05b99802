// The account's domains (GET /api/domains).
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { DomainsResponse } from "@/lib/domains/contract";
import { domainKeys } from "./query-keys";

export function useDomains() {
  return useQuery({
    queryKey: domainKeys.list(),
    queryFn: async ({ signal }) => (await apiFetch<DomainsResponse>("/api/domains", { signal })).domains,
  });
}

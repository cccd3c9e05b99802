// One domain (GET /api/domains/{id}); seeded from the domains list when it is cached, which
// spares a rate-limited Catapult call when arriving from the list.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { Domain, DomainResponse } from "@/lib/domains/contract";
import { domainKeys } from "./query-keys";

/** `enabled: false` holds the lookup back (the domain page lets its endpoint list's first read go first). */
export function useDomain(domainId: string, { enabled = true }: { enabled?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useQuery({
    enabled,
    queryKey: domainKeys.detail(domainId),
    queryFn: async ({ signal }) => (await apiFetch<DomainResponse>(`/api/domains/${encodeURIComponent(domainId)}`, { signal })).domain,
    initialData: () => queryClient.getQueryData<Domain[]>(domainKeys.list())?.find((d) => d.id === domainId),
    initialDataUpdatedAt: () => queryClient.getQueryState(domainKeys.list())?.dataUpdatedAt,
  });
}

// One domain (GET /api/domains/{id}); seeded from the domains list when it is cached, which
// spares a rate-limited Catapult call when arriving from the list.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Domain } from "@/lib/catapult/records";
import { apiFetch } from "@/lib/browser/api-fetch";
import { domainsKey } from "./use-domains";

export const domainKey = (domainId: string) => ["domain", domainId] as const;

export async function fetchDomain(domainId: string, signal?: AbortSignal): Promise<Domain> {
  const { domain } = await apiFetch<{ domain: Domain }>(`/api/domains/${encodeURIComponent(domainId)}`, { signal });
  return domain;
}

export function useDomain(domainId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: domainKey(domainId),
    queryFn: ({ signal }) => fetchDomain(domainId, signal),
    initialData: () => queryClient.getQueryData<Domain[]>(domainsKey())?.find((d) => d.id === domainId),
    initialDataUpdatedAt: () => queryClient.getQueryState(domainsKey())?.dataUpdatedAt,
  });
}

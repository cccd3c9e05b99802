// Every endpoint of a domain (GET /api/domains/{id}/endpoints; the server follows Catapult's paging).
import { useQuery } from "@tanstack/react-query";
import type { Endpoint } from "@/lib/catapult/records";
import { apiFetch } from "@/lib/browser/api-fetch";

export const endpointsKey = (domainId: string) => ["endpoints", domainId] as const;

export async function fetchEndpoints(domainId: string, signal?: AbortSignal): Promise<Endpoint[]> {
  const { endpoints } = await apiFetch<{ endpoints: Endpoint[] }>(`/api/domains/${encodeURIComponent(domainId)}/endpoints`, { signal });
  return endpoints;
}

export function useEndpoints(domainId: string) {
  return useQuery({
    queryKey: endpointsKey(domainId),
    queryFn: ({ signal }) => fetchEndpoints(domainId, signal),
    // A big domain costs several paced Catapult calls; refresh on purpose, not on every focus.
    refetchOnWindowFocus: false,
  });
}

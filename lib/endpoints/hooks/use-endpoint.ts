// One endpoint (GET /api/domains/{d}/endpoints/{e}); shown at once from the domain's list
// when cached, then refreshed.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Endpoint } from "@/lib/catapult/records";
import { apiFetch } from "@/lib/browser/api-fetch";
import { endpointsKey } from "./use-endpoints";

export const endpointKey = (domainId: string, endpointId: string) => ["endpoint", domainId, endpointId] as const;

export function endpointPath(domainId: string, endpointId: string): string {
  return `/api/domains/${encodeURIComponent(domainId)}/endpoints/${encodeURIComponent(endpointId)}`;
}

export async function fetchEndpoint(domainId: string, endpointId: string, signal?: AbortSignal): Promise<Endpoint> {
  const { endpoint } = await apiFetch<{ endpoint: Endpoint }>(endpointPath(domainId, endpointId), { signal });
  return endpoint;
}

export function useEndpoint(domainId: string, endpointId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: endpointKey(domainId, endpointId),
    queryFn: ({ signal }) => fetchEndpoint(domainId, endpointId, signal),
    placeholderData: () => queryClient.getQueryData<Endpoint[]>(endpointsKey(domainId))?.find((e) => e.id === endpointId),
  });
}

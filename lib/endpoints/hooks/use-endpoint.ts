// One endpoint (GET /api/domains/{d}/endpoints/{e}); shown at once from the domain's list
// when cached, then refreshed.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { EndpointResponse } from "@/lib/endpoints/contract";
import { endpointApiPath, endpointKeys } from "./query-keys";
import type { EndpointListView } from "./use-endpoints";

export function useEndpoint(domainId: string, endpointId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: endpointKeys.detail(domainId, endpointId),
    queryFn: async ({ signal }) => (await apiFetch<EndpointResponse>(endpointApiPath(domainId, endpointId), { signal })).endpoint,
    placeholderData: () => queryClient.getQueryData<EndpointListView>(endpointKeys.list(domainId))?.byId.get(endpointId),
  });
}

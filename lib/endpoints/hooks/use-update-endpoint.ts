// Changing an endpoint (PATCH /api/domains/{d}/endpoints/{e}); the answer is the endpoint as
// Catapult now has it, written into both the endpoint's and the domain list's cache.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Endpoint } from "@/lib/catapult/records";
import type { EndpointChanges } from "@/lib/endpoints/schema";
import { apiFetch } from "@/lib/browser/api-fetch";
import { endpointKey, endpointPath } from "./use-endpoint";
import { endpointsKey } from "./use-endpoints";

export async function updateEndpoint(domainId: string, endpointId: string, changes: EndpointChanges): Promise<Endpoint> {
  const { endpoint } = await apiFetch<{ endpoint: Endpoint }>(endpointPath(domainId, endpointId), { method: "PATCH", body: changes });
  return endpoint;
}

export function useUpdateEndpoint(domainId: string, endpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: EndpointChanges) => updateEndpoint(domainId, endpointId, changes),
    onSuccess: (endpoint) => {
      queryClient.setQueryData(endpointKey(domainId, endpointId), endpoint);
      queryClient.setQueryData<Endpoint[]>(endpointsKey(domainId), (list) => list?.map((e) => (e.id === endpoint.id ? endpoint : e)));
    },
  });
}

// Changing an endpoint (PATCH /api/domains/{d}/endpoints/{e}); the answer is the endpoint as
// Catapult now has it (written into both the endpoint's and the domain list's cache) and the
// fields Catapult did not keep.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { EndpointUpdatedResponse } from "@/lib/endpoints/contract";
import type { EndpointChanges } from "@/lib/endpoints/schema";
import { endpointApiPath, endpointKeys } from "./query-keys";
import { type EndpointListView, withEndpoint } from "./use-endpoints";

export function useUpdateEndpoint(domainId: string, endpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: EndpointChanges) => apiFetch<EndpointUpdatedResponse>(endpointApiPath(domainId, endpointId), { method: "PATCH", body: changes }),
    onSuccess: ({ endpoint }) => {
      queryClient.setQueryData(endpointKeys.detail(domainId, endpointId), endpoint);
      queryClient.setQueryData<EndpointListView>(endpointKeys.list(domainId), (view) => withEndpoint(view, endpoint));
    },
  });
}

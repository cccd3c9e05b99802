// Deleting a domain (DELETE /api/domains/{id}). Whatever Catapult does with the domain's
// endpoints, the lists that might show them are refreshed.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import { endpointKeys } from "@/lib/endpoints/hooks/query-keys";
import { domainKeys } from "./query-keys";

export function useDeleteDomain(domainId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>(`/api/domains/${encodeURIComponent(domainId)}`, { method: "DELETE" }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: domainKeys.detail(domainId) });
      queryClient.removeQueries({ queryKey: endpointKeys.list(domainId) });
      return queryClient.invalidateQueries({ queryKey: domainKeys.list() });
    },
  });
}

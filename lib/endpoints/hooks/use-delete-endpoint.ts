// Deleting an endpoint (DELETE /api/domains/{d}/endpoints/{e}). A delete changes the domain's
// list and History (which shows whether a created endpoint still exists).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import { historyKeys } from "@/lib/history/hooks/query-keys";
import { endpointApiPath, endpointKeys } from "./query-keys";
import { type EndpointListView, withoutEndpoint } from "./use-endpoints";

export function useDeleteEndpoint(domainId: string, endpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>(endpointApiPath(domainId, endpointId), { method: "DELETE" }),
    onSuccess: async () => {
      // Gone from the list at once; the next look at the cached list confirms it.
      queryClient.setQueryData<EndpointListView>(endpointKeys.list(domainId), (view) => withoutEndpoint(view, endpointId));
      queryClient.removeQueries({ queryKey: endpointKeys.detail(domainId, endpointId) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: endpointKeys.list(domainId) }),
        queryClient.invalidateQueries({ queryKey: historyKeys.all }),
      ]);
    },
  });
}

// Deleting an endpoint (DELETE /api/domains/{d}/endpoints/{e}).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Endpoint } from "@/lib/catapult/records";
import { apiFetch } from "@/lib/browser/api-fetch";
import { endpointPath } from "./use-endpoint";
import { endpointsKey } from "./use-endpoints";

export async function deleteEndpoint(domainId: string, endpointId: string): Promise<void> {
  await apiFetch<void>(endpointPath(domainId, endpointId), { method: "DELETE" });
}

export function useDeleteEndpoint(domainId: string, endpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteEndpoint(domainId, endpointId),
    onSuccess: async () => {
      // Gone from the list at once; the refetch then confirms it with Catapult.
      queryClient.setQueryData<Endpoint[]>(endpointsKey(domainId), (list) => list?.filter((e) => e.id !== endpointId));
      await queryClient.invalidateQueries({ queryKey: endpointsKey(domainId) });
    },
  });
}

// Creating one endpoint (POST /api/domains/{id}/endpoints).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { NewEndpoint } from "@/lib/endpoints/schema";
import { apiFetch } from "@/lib/browser/api-fetch";
import { endpointsKey } from "./use-endpoints";

export interface CreatedEndpoint {
  id: string;
  name: string;
  domainId: string;
  location: string | null;
  /** "already-existed": Catapult's first answer was lost and the endpoint was found by name. */
  outcome: "created" | "already-existed";
  /** The dashboard page of the new endpoint. */
  url: string;
}

export async function createEndpoint(domainId: string, input: NewEndpoint): Promise<CreatedEndpoint> {
  const { endpoint } = await apiFetch<{ endpoint: CreatedEndpoint }>(`/api/domains/${encodeURIComponent(domainId)}/endpoints`, {
    method: "POST",
    body: input,
  });
  return endpoint;
}

export function useCreateEndpoint(domainId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewEndpoint) => createEndpoint(domainId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: endpointsKey(domainId) }),
  });
}

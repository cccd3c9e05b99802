// Creating one endpoint (POST /api/domains/{id}/endpoints). A create changes the domain's
// list and History.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { EndpointCreatedResponse } from "@/lib/endpoints/contract";
import type { NewEndpoint } from "@/lib/endpoints/schema";
import { historyKeys } from "@/lib/history/hooks/query-keys";
import { endpointApiPath, endpointKeys } from "./query-keys";

export function useCreateEndpoint(domainId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: NewEndpoint) =>
      (await apiFetch<EndpointCreatedResponse>(endpointApiPath(domainId), { method: "POST", body: input })).endpoint,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: endpointKeys.list(domainId) }),
        queryClient.invalidateQueries({ queryKey: historyKeys.all }),
      ]),
  });
}

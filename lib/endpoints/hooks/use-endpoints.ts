// Every endpoint of a domain (GET /api/domains/{id}/endpoints; the server follows Catapult's paging).
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { EndpointsResponse } from "@/lib/endpoints/contract";
import { endpointApiPath, endpointKeys } from "./query-keys";

export function useEndpoints(domainId: string) {
  return useQuery({
    queryKey: endpointKeys.list(domainId),
    queryFn: async ({ signal }) => (await apiFetch<EndpointsResponse>(endpointApiPath(domainId), { signal })).endpoints,
    // A big domain costs several paced Catapult calls; refresh on purpose, not on every focus.
    refetchOnWindowFocus: false,
  });
}

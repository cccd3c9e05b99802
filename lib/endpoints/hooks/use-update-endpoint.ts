// Changing an endpoint (PATCH /api/domains/{d}/endpoints/{e}); the answer is the endpoint as
// Catapult now has it and the fields Catapult did not keep. The endpoint's page is rendered on
// the server: it is rendered again with the change; a view of the domain's list in this tab is
// told.
import { apiFetch } from "@/lib/browser/api-fetch";
import { dataChanged } from "@/lib/browser/data-changed";
import { useRequest } from "@/lib/browser/use-request";
import type { EndpointUpdatedResponse } from "@/lib/endpoints/contract";
import type { EndpointChanges } from "@/lib/endpoints/schema";
import { endpointApiPath } from "./query-keys";

export function useUpdateEndpoint(domainId: string, endpointId: string) {
  return useRequest(async (changes: EndpointChanges) => {
    const answer = await apiFetch<EndpointUpdatedResponse>(endpointApiPath(domainId, endpointId), { method: "PATCH", body: changes });
    dataChanged({ kind: "endpoints", domainId });
    return answer;
  });
}

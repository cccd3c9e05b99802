// Creating one endpoint (POST /api/domains/{id}/endpoints). A create changes the domain's list:
// a view of it in this tab is told (lib/browser/data-changed.ts); History is rendered on the
// server, and shows it the next time it is opened.
import { apiFetch } from "@/lib/browser/api-fetch";
import { dataChanged } from "@/lib/browser/data-changed";
import { useRequest } from "@/lib/browser/use-request";
import type { EndpointCreatedResponse } from "@/lib/endpoints/contract";
import type { NewEndpoint } from "@/lib/endpoints/schema";
import { endpointApiPath } from "./query-keys";

export function useCreateEndpoint(domainId: string) {
  return useRequest(
    async (input: NewEndpoint) => {
      const { endpoint } = await apiFetch<EndpointCreatedResponse>(endpointApiPath(domainId), { method: "POST", body: input });
      dataChanged({ kind: "endpoints", domainId });
      return endpoint;
    },
    // The page around the form has nothing the create changes.
    { refresh: false },
  );
}

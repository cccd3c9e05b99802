// Deleting an endpoint (DELETE /api/domains/{d}/endpoints/{e}). The caller then leaves for the
// domain's page; a view of the domain's list in this tab is told first.
import { apiFetch } from "@/lib/browser/api-fetch";
import { dataChanged } from "@/lib/browser/data-changed";
import { useRequest } from "@/lib/browser/use-request";
import { endpointApiPath } from "./query-keys";

export function useDeleteEndpoint(domainId: string, endpointId: string) {
  return useRequest(
    async () => {
      await apiFetch<void>(endpointApiPath(domainId, endpointId), { method: "DELETE" });
      dataChanged({ kind: "endpoints", domainId });
    },
    { refresh: false },
  );
}

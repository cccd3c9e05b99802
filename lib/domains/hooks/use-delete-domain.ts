// Deleting a domain (DELETE /api/domains/{id}). The caller leaves for the Domains list, which
// is rendered on the server and reads the account's domains afresh.
import { apiFetch } from "@/lib/browser/api-fetch";
import { useRequest } from "@/lib/browser/use-request";

export function useDeleteDomain(domainId: string) {
  return useRequest(() => apiFetch<void>(`/api/domains/${encodeURIComponent(domainId)}`, { method: "DELETE" }), { refresh: false });
}

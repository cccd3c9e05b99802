// The account's domains (GET /api/domains).
import { useQuery } from "@tanstack/react-query";
import type { Domain } from "@/lib/catapult/records";
import { apiFetch } from "@/lib/browser/api-fetch";

export const domainsKey = () => ["domains"] as const;

export async function fetchDomains(signal?: AbortSignal): Promise<Domain[]> {
  const { domains } = await apiFetch<{ domains: Domain[] }>("/api/domains", { signal });
  return domains;
}

export function useDomains() {
  return useQuery({ queryKey: domainsKey(), queryFn: ({ signal }) => fetchDomains(signal) });
}

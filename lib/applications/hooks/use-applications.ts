// The account's applications (GET /api/applications), for selects and for showing names.
import { useQuery } from "@tanstack/react-query";
import type { Application } from "@/lib/catapult/records";
import { apiFetch } from "@/lib/browser/api-fetch";

export const applicationsKey = () => ["applications"] as const;

export async function fetchApplications(signal?: AbortSignal): Promise<Application[]> {
  const { applications } = await apiFetch<{ applications: Application[] }>("/api/applications", { signal });
  return applications;
}

export function useApplications() {
  return useQuery({
    queryKey: applicationsKey(),
    queryFn: ({ signal }) => fetchApplications(signal),
    // Applications change rarely and are managed elsewhere; no need to ask Catapult often.
    staleTime: 5 * 60_000,
  });
}

/** id → name, for showing an endpoint's application by name. */
export function applicationNames(applications: Application[] | undefined): Map<string, string> {
  return new Map((applications ?? []).map((a) => [a.id, a.name]));
}

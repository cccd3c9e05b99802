// The account's applications (GET /api/applications), for selects and for showing names.
import { useQuery } from "@tanstack/react-query";
import type { ApplicationsResponse } from "@/lib/applications/contract";
import { apiFetch } from "@/lib/browser/api-fetch";

export const applicationKeys = { all: ["applications"] as const };

export function useApplications() {
  return useQuery({
    queryKey: applicationKeys.all,
    queryFn: async ({ signal }) => (await apiFetch<ApplicationsResponse>("/api/applications", { signal })).applications,
    // Applications change rarely and are managed elsewhere; no need to ask Catapult often.
    staleTime: 5 * 60_000,
  });
}

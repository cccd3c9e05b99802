// A Catapult application as the dashboard's API sends it (for selects and for names).
export interface Application {
  id: string;
  name: string;
  incomingCallUrl: string | null;
}

/** GET /api/applications */
export interface ApplicationsResponse {
  applications: Application[];
}

/** id → name, for showing an endpoint's application by name. */
export function applicationNames(applications: Application[] | undefined): Map<string, string> {
  return new Map((applications ?? []).map((a) => [a.id, a.name]));
}

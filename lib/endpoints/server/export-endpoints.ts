import "server-only";
// A domain's endpoints as export rows (every page of Catapult's list), the application
// written by name. An application id that names no application, or a name two applications
// share, is written as the id itself: the importer's application column takes ids too, so
// the file still reads back to the same endpoint instead of losing or guessing the link.
import type { CatapultClient } from "@/lib/catapult/client";
import type { Endpoint } from "@/lib/endpoints/contract";

export async function endpointExportRows(catapult: CatapultClient, domainId: string): Promise<string[][]> {
  const [endpoints, applications] = await Promise.all([catapult.listAllEndpoints(domainId), catapult.listApplications()]);
  const counts = new Map<string, number>();
  for (const app of applications) counts.set(app.name.toLowerCase(), (counts.get(app.name.toLowerCase()) ?? 0) + 1);
  const nameOf = new Map(applications.filter((a) => counts.get(a.name.toLowerCase()) === 1).map((a) => [a.id, a.name]));
  return endpoints.map((e: Endpoint) => [
    e.name,
    e.description ?? "",
    e.applicationId ? (nameOf.get(e.applicationId) ?? e.applicationId) : "",
    String(e.enabled),
    e.id,
    e.sipUri,
    e.realm,
    e.username,
  ]);
}

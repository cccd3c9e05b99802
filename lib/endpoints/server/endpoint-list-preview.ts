import "server-only";
// The first page of a domain's cached endpoint list, as the URL asks for it, for the server to
// render into the domain page: on a later visit the rows are in the HTML, on screen before the
// page's scripts run and fetch the whole list. Only a list read whole at least once; a read
// of the store and nothing else (a visit's fetch starts any refresh).
import { getDb } from "@/lib/db/database";
import type { Db } from "@/lib/db/dialect";
import { getCachedList, readCachedEndpoints } from "@/lib/db/endpoint-list-cache";
import { type EndpointListPage, type EndpointListUrlState, endpointListPage } from "@/lib/endpoints/list-view";

export async function previewEndpointList(domainId: string, state: EndpointListUrlState, db: Db = getDb()): Promise<EndpointListPage | null> {
  if ((await getCachedList(domainId, db))?.completeAt == null) return null;
  return endpointListPage((await readCachedEndpoints(domainId, 0, db)).endpoints, state);
}

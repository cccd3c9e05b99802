// Reads a domain's endpoint list from Catapult again, now (the domain page's Refresh): a read
// already running is joined. Answers at once (202); the page watches the list grow.
import { apiRoute } from "@/lib/api/server/api-route";
import { readId } from "@/lib/api/server/read-input";
import type { EndpointListRefreshResponse } from "@/lib/endpoints/contract";
import { getEndpointListCache } from "@/lib/endpoints/server/endpoint-list-cache";

export const POST = apiRoute<{ domainId: string }>(
  async (_request, params) => {
    const domainId = readId(params.domainId, "domainId");
    const cache = getEndpointListCache();
    await cache.refreshInBackground(domainId);
    return Response.json({ list: await cache.state(domainId) } satisfies EndpointListRefreshResponse, { status: 202 });
  },
  { access: "viewer", resource: "domain" },
);

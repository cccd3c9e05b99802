// A domain's endpoints from the dashboard's cache of its list (GET: the whole list, or with
// ?since=<seq> the cache as it is at once, only what changed) and creating one endpoint
// (POST, answered with the SIP details read back from Catapult, never with the password).
import { requestAuditContext } from "@/lib/audit/server/context";
import { audited } from "@/lib/audit/server/record";
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput, readId, readJsonBody } from "@/lib/api/server/read-input";
import { type EndpointCreatedResponse, type EndpointsResponse } from "@/lib/endpoints/contract";
import { endpointListQuerySchema } from "@/lib/endpoints/list-schema";
import { newEndpointSchema } from "@/lib/endpoints/schema";
import { createOneEndpoint } from "@/lib/endpoints/server/create-one-endpoint";
import { getEndpointListCache } from "@/lib/endpoints/server/endpoint-list-cache";

export const GET = apiRoute<{ domainId: string }>(
  async (request, params) => {
    const domainId = readId(params.domainId, "domainId");
    const { since } = parseInput(endpointListQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
    const cache = getEndpointListCache();
    if (since !== undefined) return Response.json((await cache.look(domainId, since)) satisfies EndpointsResponse);
    const whole = await cache.wholeList(domainId);
    return Response.json({ ...whole, removed: [], whole: true } satisfies EndpointsResponse);
  },
  { access: "viewer", resource: "domain" },
);

export const POST = apiRoute<{ domainId: string }>(
  async (request, params) => {
    const domainId = readId(params.domainId, "domainId");
    const input = await readJsonBody(request, newEndpointSchema);
    const context = requestAuditContext(request);
    const endpoint = await audited(
      context,
      "endpoint.create",
      { target: { domainId, endpointName: input.name }, detail: { source: "form" } },
      () => createOneEndpoint(domainId, input, context.actor),
      (created) => ({ target: { endpointId: created.id } }),
    );
    const body: EndpointCreatedResponse = { endpoint };
    return Response.json(body, { status: 201 });
  },
  { access: "operator", resource: "domain" },
);

// A domain's endpoints (GET, every page) and creating one endpoint (POST).
import { apiRoute } from "@/lib/api/server/api-route";
import { readId, readJsonBody } from "@/lib/api/server/read-input";
import { getCatapult } from "@/lib/catapult";
import { recordCreatedEndpoint } from "@/lib/db/created-endpoints";
import type { EndpointCreatedResponse, EndpointsResponse } from "@/lib/endpoints/contract";
import { endpointHref } from "@/lib/endpoints/links";
import { newEndpointSchema } from "@/lib/endpoints/schema";

export const GET = apiRoute<{ domainId: string }>(
  async (_request, params) => Response.json({ endpoints: await getCatapult().listAllEndpoints(readId(params.domainId, "domainId")) } satisfies EndpointsResponse),
  { resource: "domain" },
);

export const POST = apiRoute<{ domainId: string }>(
  async (request, params) => {
    const domainId = readId(params.domainId, "domainId");
    const input = await readJsonBody(request, newEndpointSchema);
    const created = await getCatapult().createEndpoint(domainId, input);
    recordCreatedEndpoint({ endpointId: created.id, name: input.name, domainId, source: "form" });
    const { id, location, outcome } = created;
    const body: EndpointCreatedResponse = { endpoint: { id, name: input.name, domainId, location, outcome, url: endpointHref(domainId, id) } };
    return Response.json(body, { status: 201 });
  },
  { resource: "domain" },
);

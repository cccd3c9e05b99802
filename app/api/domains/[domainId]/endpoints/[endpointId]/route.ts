// One endpoint: read (GET), change (PATCH: description, application, enabled, password), delete.
import { apiRoute } from "@/lib/api/server/api-route";
import { readId, readJsonBody } from "@/lib/api/server/read-input";
import { getCatapult } from "@/lib/catapult";
import type { EndpointResponse, EndpointUpdatedResponse } from "@/lib/endpoints/contract";
import { endpointChangesSchema } from "@/lib/endpoints/schema";
import { updateEndpoint } from "@/lib/endpoints/server/update-endpoint";

type Params = { domainId: string; endpointId: string };
const ids = (params: Params) => [readId(params.domainId, "domainId"), readId(params.endpointId, "endpointId")] as const;

export const GET = apiRoute<Params>(
  async (_request, params) => Response.json({ endpoint: await getCatapult().getEndpoint(...ids(params)) } satisfies EndpointResponse),
  { resource: "endpoint" },
);

export const PATCH = apiRoute<Params>(
  async (request, params) => {
    const [domainId, endpointId] = ids(params);
    const changes = await readJsonBody(request, endpointChangesSchema);
    return Response.json((await updateEndpoint(getCatapult(), domainId, endpointId, changes)) satisfies EndpointUpdatedResponse);
  },
  { resource: "endpoint" },
);

export const DELETE = apiRoute<Params>(
  async (_request, params) => {
    await getCatapult().deleteEndpoint(...ids(params));
    return new Response(null, { status: 204 });
  },
  { resource: "endpoint" },
);

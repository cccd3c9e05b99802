// A domain's endpoints (GET, every page) and creating one endpoint (POST, answered with the
// SIP details read back from Catapult, never with the password).
import { requestAuditContext } from "@/lib/audit/server/context";
import { audited } from "@/lib/audit/server/record";
import { apiRoute } from "@/lib/api/server/api-route";
import { readId, readJsonBody } from "@/lib/api/server/read-input";
import { getCatapult } from "@/lib/catapult";
import type { EndpointCreatedResponse, EndpointsResponse } from "@/lib/endpoints/contract";
import { newEndpointSchema } from "@/lib/endpoints/schema";
import { createOneEndpoint } from "@/lib/endpoints/server/create-one-endpoint";

export const GET = apiRoute<{ domainId: string }>(
  async (_request, params) => Response.json({ endpoints: await getCatapult().listAllEndpoints(readId(params.domainId, "domainId")) } satisfies EndpointsResponse),
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

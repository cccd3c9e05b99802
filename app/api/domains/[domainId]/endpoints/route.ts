// A domain's endpoints (GET, every page) and creating one endpoint (POST).
import { getCatapult } from "@/lib/catapult";
import { recordCreatedEndpoint } from "@/lib/db/created-endpoints";
import { newEndpointSchema } from "@/lib/endpoints/schema";
import { apiRoute } from "@/lib/api/server/api-route";
import { readId, readJsonBody } from "@/lib/api/server/read-input";

export const GET = apiRoute<{ domainId: string }>(
  async (_request, params) => Response.json({ endpoints: await getCatapult().listAllEndpoints(readId(params.domainId, "domainId")) }),
  { resource: "domain" },
);

export const POST = apiRoute<{ domainId: string }>(
  async (request, params) => {
    const domainId = readId(params.domainId, "domainId");
    const input = await readJsonBody(request, newEndpointSchema);
    const created = await getCatapult().createEndpoint(domainId, input);
    recordCreatedEndpoint({ endpointId: created.id, name: input.name, domainId, source: "form" });
    return Response.json(
      {
        endpoint: {
          id: created.id,
          name: input.name,
          domainId,
          location: created.location,
          outcome: created.outcome,
          url: `/domains/${encodeURIComponent(domainId)}/endpoints/${encodeURIComponent(created.id)}`,
        },
      },
      { status: 201 },
    );
  },
  { resource: "domain" },
);

// One endpoint: read (GET), change (PATCH: description, application, enabled, password), delete.
import { requestAuditContext } from "@/lib/audit/server/context";
import { audited } from "@/lib/audit/server/record";
import { apiRoute } from "@/lib/api/server/api-route";
import { readId, readJsonBody } from "@/lib/api/server/read-input";
import { getCatapult } from "@/lib/catapult";
import { getDb } from "@/lib/db/database";
import type { EndpointResponse, EndpointUpdatedResponse } from "@/lib/endpoints/contract";
import { endpointChangesSchema } from "@/lib/endpoints/schema";
import { deleteOneEndpoint, updateOneEndpoint } from "@/lib/endpoints/server/endpoint-writes";

type Params = { domainId: string; endpointId: string };
const ids = (params: Params) => [readId(params.domainId, "domainId"), readId(params.endpointId, "endpointId")] as const;

export const GET = apiRoute<Params>(
  async (_request, params) => Response.json({ endpoint: await getCatapult().getEndpoint(...ids(params)) } satisfies EndpointResponse),
  { access: "viewer", resource: "endpoint" },
);

export const PATCH = apiRoute<Params>(
  async (request, params) => {
    const [domainId, endpointId] = ids(params);
    const changes = await readJsonBody(request, endpointChangesSchema);
    // Which fields changed, never their values: a password shows as "password" only.
    const changed = Object.keys(changes).filter((field) => changes[field as keyof typeof changes] !== undefined);
    const updated = await audited(
      requestAuditContext(request),
      "endpoint.update",
      { target: { domainId, endpointId }, detail: { changed } },
      () => updateOneEndpoint({ db: getDb(), catapult: getCatapult() }, domainId, endpointId, changes),
      (result) => ({ target: { endpointName: result.endpoint.name }, detail: { notApplied: result.notApplied } }),
    );
    return Response.json(updated satisfies EndpointUpdatedResponse);
  },
  { access: "operator", resource: "endpoint" },
);

export const DELETE = apiRoute<Params>(
  async (request, params) => {
    const [domainId, endpointId] = ids(params);
    await audited(requestAuditContext(request), "endpoint.delete", { target: { domainId, endpointId } }, () => deleteOneEndpoint({ db: getDb(), catapult: getCatapult() }, domainId, endpointId));
    return new Response(null, { status: 204 });
  },
  { access: "operator", resource: "endpoint" },
);

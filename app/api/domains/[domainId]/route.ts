// One domain, from Catapult (GET; from the list when Catapult has no such call), and deleting it.
import { apiRoute } from "@/lib/api/server/api-route";
import { readId } from "@/lib/api/server/read-input";
import { getCatapult } from "@/lib/catapult";
import type { DomainResponse } from "@/lib/domains/contract";

export const GET = apiRoute<{ domainId: string }>(
  async (_request, params) => Response.json({ domain: await getCatapult().getDomain(readId(params.domainId, "domainId")) } satisfies DomainResponse),
  { resource: "domain" },
);

export const DELETE = apiRoute<{ domainId: string }>(
  async (_request, params) => {
    await getCatapult().deleteDomain(readId(params.domainId, "domainId"));
    return new Response(null, { status: 204 });
  },
  { resource: "domain" },
);

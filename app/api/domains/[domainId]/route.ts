// One domain, from Catapult.
import { apiRoute } from "@/lib/api/server/api-route";
import { readId } from "@/lib/api/server/read-input";
import { getCatapult } from "@/lib/catapult";
import type { DomainResponse } from "@/lib/domains/contract";

export const GET = apiRoute<{ domainId: string }>(
  async (_request, params) => Response.json({ domain: await getCatapult().getDomain(readId(params.domainId, "domainId")) } satisfies DomainResponse),
  { resource: "domain" },
);

// The account's domains, from Catapult (GET), and creating one (POST).
import { apiRoute } from "@/lib/api/server/api-route";
import { readJsonBody } from "@/lib/api/server/read-input";
import { getCatapult } from "@/lib/catapult";
import type { DomainCreatedResponse, DomainsResponse } from "@/lib/domains/contract";
import { newDomainSchema } from "@/lib/domains/schema";
import { createDomain } from "@/lib/domains/server/domain-service";

export const GET = apiRoute(async () => Response.json({ domains: await getCatapult().listDomains() } satisfies DomainsResponse));

export const POST = apiRoute(async (request) => {
  const input = await readJsonBody(request, newDomainSchema);
  return Response.json((await createDomain(getCatapult(), input)) satisfies DomainCreatedResponse, { status: 201 });
});

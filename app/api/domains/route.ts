// The account's domains, from Catapult.
import { apiRoute } from "@/lib/api/server/api-route";
import { getCatapult } from "@/lib/catapult";
import type { DomainsResponse } from "@/lib/domains/contract";

export const GET = apiRoute(async () => Response.json({ domains: await getCatapult().listDomains() } satisfies DomainsResponse));

// The account's domains, from Catapult.
import { getCatapult } from "@/lib/catapult";
import { apiRoute } from "@/lib/api/server/api-route";

export const GET = apiRoute(async () => Response.json({ domains: await getCatapult().listDomains() }));

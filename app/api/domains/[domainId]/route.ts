// One domain, from Catapult.
import { getCatapult } from "@/lib/catapult";
import { apiRoute } from "@/lib/api/server/api-route";
import { readId } from "@/lib/api/server/read-input";

export const GET = apiRoute<{ domainId: string }>(
  async (_request, params) => Response.json({ domain: await getCatapult().getDomain(readId(params.domainId, "domainId")) }),
  { resource: "domain" },
);

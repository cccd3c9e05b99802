// One domain, from Catapult (GET; from the list when Catapult has no such call), and deleting it.
import { requestAuditContext } from "@/lib/audit/server/context";
import { audited } from "@/lib/audit/server/record";
import { apiRoute } from "@/lib/api/server/api-route";
import { readId } from "@/lib/api/server/read-input";
import { getCatapult } from "@/lib/catapult";
import { getDb } from "@/lib/db/database";
import type { DomainResponse } from "@/lib/domains/contract";
import { forgetAccountDomains } from "@/lib/domains/server/account-domains";
import { deleteDomain } from "@/lib/domains/server/domain-service";

export const GET = apiRoute<{ domainId: string }>(
  async (_request, params) => Response.json({ domain: await getCatapult().getDomain(readId(params.domainId, "domainId")) } satisfies DomainResponse),
  { access: "viewer", resource: "domain" },
);

export const DELETE = apiRoute<{ domainId: string }>(
  async (request, params) => {
    const domainId = readId(params.domainId, "domainId");
    await audited(requestAuditContext(request), "domain.delete", { target: { domainId } }, () => deleteDomain({ db: getDb(), catapult: getCatapult() }, domainId).finally(forgetAccountDomains));
    return new Response(null, { status: 204 });
  },
  { access: "admin", resource: "domain" },
);

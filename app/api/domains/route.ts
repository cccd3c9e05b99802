// The account's domains, from Catapult (GET), and creating one (POST).
import { requestAuditContext } from "@/lib/audit/server/context";
import { audited } from "@/lib/audit/server/record";
import { apiRoute } from "@/lib/api/server/api-route";
import { readJsonBody } from "@/lib/api/server/read-input";
import { getCatapult } from "@/lib/catapult";
import type { DomainCreatedResponse, DomainsResponse } from "@/lib/domains/contract";
import { newDomainSchema } from "@/lib/domains/schema";
import { forgetAccountDomains } from "@/lib/domains/server/account-domains";
import { createDomain } from "@/lib/domains/server/domain-service";

export const GET = apiRoute(async () => Response.json({ domains: await getCatapult().listDomains() } satisfies DomainsResponse), { access: "viewer" });

export const POST = apiRoute(async (request) => {
  const input = await readJsonBody(request, newDomainSchema);
  const created = await audited(
    requestAuditContext(request),
    "domain.create",
    { target: { domainName: input.name } },
    () => createDomain(getCatapult(), input).finally(forgetAccountDomains),
    (result) => ({ target: { domainId: result.domain.id }, detail: { outcome: result.outcome } }),
  );
  return Response.json(created satisfies DomainCreatedResponse, { status: 201 });
}, { access: "admin" });

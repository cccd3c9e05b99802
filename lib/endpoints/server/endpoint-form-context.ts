import "server-only";
// What the pages that create endpoints in a domain (one, or in bulk) read on the server: the
// domain's name and the account's applications. Either is missing when Catapult cannot answer:
// the page then says "this domain", and the application field or the preview offers Retry.
import type { Application } from "@/lib/applications/contract";
import { accountApplications } from "@/lib/applications/server/account-applications";
import { domainNames } from "@/lib/domains/server/account-domains";

export interface EndpointFormContext {
  domainName: string | undefined;
  applications: readonly Application[] | undefined;
}

export async function endpointFormContext(domainId: string): Promise<EndpointFormContext> {
  const [{ names }, applications] = await Promise.all([domainNames([domainId]), accountApplications()]);
  return { domainName: names.get(domainId), applications };
}

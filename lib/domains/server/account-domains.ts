import "server-only";
// The account's domains for pages rendered on the server: the Domains list reads them afresh;
// pages that only need names or one domain (History, the bulk jobs, a job, a domain's page)
// share one read for 30 s
// (lib/server/shared-read.ts says how and why). The dashboard's own create and delete forget it.
import { getCatapult } from "@/lib/catapult";
import type { Domain } from "@/lib/domains/contract";
import { sharedRead } from "@/lib/server/shared-read";

const domains = sharedRead<Domain>(() => getCatapult().listDomains(), 30_000);

/** Reads the account's domains from Catapult, and keeps the answer for the name lookups. */
export const freshAccountDomains = (now?: number) => domains.fresh(now);

/**
 * The domains, and each one's name by id, for a page showing the domains `shown`. Undefined
 * domains (and an empty map) when Catapult cannot answer: the page then shows ids.
 */
export async function domainNames(shown: Iterable<string>, now?: number): Promise<{ domains: Domain[] | undefined; names: Map<string, string> }> {
  try {
    const list = await domains.read(shown, now);
    return { domains: list, names: new Map(list.map((d) => [d.id, d.name])) };
  } catch {
    return { domains: undefined, names: new Map() };
  }
}

/**
 * One domain, for its page: undefined when the account has none by that id (the read is done
 * afresh once before saying so). Rejects as Catapult did: the page says so, with Retry.
 */
export async function accountDomain(domainId: string, now?: number): Promise<Domain | undefined> {
  return (await domains.read([domainId], now)).find((d) => d.id === domainId);
}

/** After the dashboard created or deleted a domain. */
export const forgetAccountDomains = () => domains.forget();

import "server-only";
// The account's domains for pages rendered on the server. Catapult paces every request (1/s
// by default, shared with running bulk jobs), so pages that only need names (History, the bulk
// jobs) share one read for 30 s, as the browser's query cache did before: typing a filter
// or polling a running job does not spend the budget again. A page showing a domain the read
// does not know (made since, by anyone) reads again, once: a domain still unknown after that
// (deleted) is not asked about again until the read is 30 s old.
// The Domains list itself always reads afresh, and the dashboard's own create and delete
// forget the shared read. Per process: each instance keeps its own.
import { getCatapult } from "@/lib/catapult";
import type { Domain } from "@/lib/domains/contract";

const FRESH_MS = 30_000;
let cached: { at: number; domains: Promise<Domain[]>; unknown: Set<string> } | undefined;

/** Reads the account's domains from Catapult, and keeps the answer for the name lookups. */
export function freshAccountDomains(now = Date.now()): Promise<Domain[]> {
  const entry = { at: now, domains: getCatapult().listDomains(), unknown: new Set<string>() };
  cached = entry;
  // A failure is not kept: the next page asks Catapult again.
  entry.domains.catch(() => {
    if (cached === entry) cached = undefined;
  });
  return entry.domains;
}

/**
 * The domains, and each one's name by id, for a page showing the domains `shown`. Undefined
 * domains (and an empty map) when Catapult cannot answer: the page then shows ids.
 */
export async function domainNames(shown: Iterable<string>, now = Date.now()): Promise<{ domains: Domain[] | undefined; names: Map<string, string> }> {
  try {
    const entry = cached && now - cached.at < FRESH_MS ? cached : undefined;
    let domains = entry && (await entry.domains);
    const known = new Set(domains?.map((d) => d.id));
    const missing = [...shown].filter((id) => id && !known.has(id));
    if (!domains || missing.some((id) => !entry?.unknown.has(id))) {
      domains = await freshAccountDomains(now);
      const found = new Set(domains.map((d) => d.id));
      for (const id of missing) if (!found.has(id)) cached?.unknown.add(id);
    }
    return { domains, names: new Map(domains.map((d) => [d.id, d.name])) };
  } catch {
    return { domains: undefined, names: new Map() };
  }
}

/** After the dashboard created or deleted a domain. */
export function forgetAccountDomains(): void {
  cached = undefined;
}

// SANDBOX_SEED_ENDPOINTS=N: a domain of N endpoints at start-up, written straight into the
// store (no HTTP, so 10,000 take milliseconds, not the hours 1 request/s would). Everything
// is derived from the index, so every start and every reset gives the same names, ids and
// fields: `ep-00001` … with ids `re-5eed…`, every 7th disabled, every 3rd with a description.
import { SandboxConfigError } from "./config";
import type { SandboxStore } from "./store";
import { hashPassword } from "./store";

/** The id of the domain made for the endpoints when the seed file does not have it. */
export const SEEDED_DOMAIN_ID = "rd-5eed00000000000000000000";

export function seededEndpointName(index: number, count: number): string {
  return `ep-${String(index + 1).padStart(Math.max(5, String(count).length), "0")}`;
}

export function seededEndpointId(index: number): string {
  return `re-5eed${index.toString(16).padStart(20, "0")}`;
}

export function seedManyEndpoints(store: SandboxStore, count: number, domainName: string): void {
  if (count === 0) return;
  let domain = store.findDomainByName(domainName);
  if (!domain) {
    domain = { id: SEEDED_DOMAIN_ID, name: domainName, description: `${count.toLocaleString("en")} generated endpoints (SANDBOX_SEED_ENDPOINTS)` };
    if (store.domains.has(domain.id)) throw new SandboxConfigError("SANDBOX_SEED_ENDPOINTS_DOMAIN", `the seed file already uses the id ${domain.id} for another domain`);
    store.addDomain(domain);
  }
  // One hash for all: a seeded password is never used to sign in, only never shown.
  const passwordHash = hashPassword("seeded-endpoint-password");
  for (let i = 0; i < count; i++) {
    const name = seededEndpointName(i, count);
    if (store.hasEndpointName(domain.id, name)) throw new SandboxConfigError("SANDBOX_SEED_ENDPOINTS", `the seed file already has an endpoint "${name}" in ${domainName}`);
    store.addEndpoint({
      id: seededEndpointId(i),
      domainId: domain.id,
      name,
      description: i % 3 === 0 ? `Seeded desk phone ${i + 1}` : undefined,
      enabled: i % 7 !== 6,
      passwordHash,
    });
  }
}

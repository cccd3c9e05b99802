// A domain as the dashboard's API sends it, and the answers of its routes. Browser-safe:
// the routes build these, the hooks read them.
/** Catapult's documented maximum per account (POST /domains). */
export const MAX_DOMAINS = 100;

export interface Domain {
  id: string;
  name: string;
  description: string | null;
}

/** GET /api/domains */
export interface DomainsResponse {
  domains: Domain[];
}

/** GET /api/domains/{domainId} */
export interface DomainResponse {
  domain: Domain;
}

/** POST /api/domains (201) */
export interface DomainCreatedResponse {
  domain: Domain;
  /** "already-existed": Catapult's first answer was lost and the domain was then found by name. */
  outcome: "created" | "already-existed";
}

// A domain as the dashboard's API sends it, and the answers of its routes. Browser-safe:
// the routes build these, the hooks read them.
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

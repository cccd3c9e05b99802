// In-memory state of one sandbox. Maps keep insertion order, which is the creation order
// the paged lists promise.
import { createHash, randomBytes } from "node:crypto";

export type Domain = { id: string; name: string; description?: string };

export type Application = {
  id: string;
  name: string;
  incomingCallUrl: string;
  autoAnswer: boolean;
  callbackHttpMethod: string;
};

export type Endpoint = {
  id: string;
  domainId: string;
  name: string;
  description?: string;
  applicationId?: string;
  enabled: boolean;
  /** Salted hash: the plain password is never kept, so no dump or answer can leak it. */
  passwordHash: string;
};

const PASSWORD_SALT = randomBytes(16);

export function hashPassword(password: string): string {
  return createHash("sha256").update(PASSWORD_SALT).update(password, "utf8").digest("hex");
}

export class SandboxStore {
  readonly domains = new Map<string, Domain>();
  readonly applications = new Map<string, Application>();
  // domainId -> endpointId -> endpoint, and domainId -> name -> endpointId for uniqueness.
  private readonly endpoints = new Map<string, Map<string, Endpoint>>();
  private readonly endpointNames = new Map<string, Map<string, string>>();

  clear(): void {
    this.domains.clear();
    this.applications.clear();
    this.endpoints.clear();
    this.endpointNames.clear();
  }

  /** Domain names are DNS labels, and DNS ignores case, so uniqueness does too. */
  findDomainByName(name: string): Domain | undefined {
    const wanted = name.toLowerCase();
    for (const domain of this.domains.values()) {
      if (domain.name.toLowerCase() === wanted) return domain;
    }
    return undefined;
  }

  addDomain(domain: Domain): void {
    this.domains.set(domain.id, domain);
    this.endpoints.set(domain.id, new Map());
    this.endpointNames.set(domain.id, new Map());
  }

  deleteDomain(id: string): void {
    this.domains.delete(id);
    this.endpoints.delete(id);
    this.endpointNames.delete(id);
  }

  listEndpoints(domainId: string): Endpoint[] {
    return [...(this.endpoints.get(domainId)?.values() ?? [])];
  }

  endpointCount(domainId: string): number {
    return this.endpoints.get(domainId)?.size ?? 0;
  }

  getEndpoint(domainId: string, endpointId: string): Endpoint | undefined {
    return this.endpoints.get(domainId)?.get(endpointId);
  }

  /** SIP user parts compare case-sensitively (RFC 3261 19.1.4), so names do too. */
  hasEndpointName(domainId: string, name: string): boolean {
    return this.endpointNames.get(domainId)?.has(name) ?? false;
  }

  addEndpoint(endpoint: Endpoint): void {
    this.endpoints.get(endpoint.domainId)?.set(endpoint.id, endpoint);
    this.endpointNames.get(endpoint.domainId)?.set(endpoint.name, endpoint.id);
  }

  deleteEndpoint(domainId: string, endpointId: string): void {
    const endpoint = this.getEndpoint(domainId, endpointId);
    if (!endpoint) return;
    this.endpoints.get(domainId)?.delete(endpointId);
    this.endpointNames.get(domainId)?.delete(endpoint.name);
  }
}

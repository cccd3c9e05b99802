// The JSON shapes Catapult answers with. Fields never set (description, applicationId) are
// left out rather than sent as null, as JSON.stringify does with undefined.
import type { Application, Domain, Endpoint } from "./store";

export const SIP_DOMAIN_SUFFIX = "bwapp.bwsipp.io";

export function domainJson(userId: string, domain: Domain) {
  return {
    id: domain.id,
    name: domain.name,
    description: domain.description,
    endpoints: `/v1/users/${userId}/domains/${domain.id}/endpoints`,
  };
}

export function applicationJson(application: Application) {
  return { ...application };
}

export function endpointJson(endpoint: Endpoint, domain: Domain) {
  const realm = `${domain.name}.${SIP_DOMAIN_SUFFIX}`;
  return {
    id: endpoint.id,
    name: endpoint.name,
    description: endpoint.description,
    domainId: endpoint.domainId,
    applicationId: endpoint.applicationId,
    enabled: endpoint.enabled,
    sipUri: `${endpoint.name}@${realm}`,
    credentials: { realm, username: endpoint.name },
  };
}

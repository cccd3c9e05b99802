// The JSON shapes Catapult answers with. Fields never set (description, applicationId) are
// left out rather than sent as null, as JSON.stringify does with undefined.
import { generatedUsername } from "./ids";
import type { SandboxModes } from "./settings";
import type { Application, Domain, Endpoint } from "./store";

export const SIP_DOMAIN_SUFFIX = "bwapp.bwsipp.io";
/** The host in Bandwidth's how-to guide, which also writes the `sip:` scheme. */
export const SIP_PREFIX_SUFFIX = "bwsip.io";

export type EndpointStyle = Pick<SandboxModes, "sipUriStyle" | "usernameStyle" | "endpointIdInBody">;

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

/**
 * One endpoint. `id` is left out only where `single` is true (GET of one endpoint) and
 * SANDBOX_ENDPOINT_ID_IN_BODY=off, as in the docs' samples; lists always carry it.
 */
export function endpointJson(endpoint: Endpoint, domain: Domain, style: EndpointStyle, single = false) {
  const realm = `${domain.name}.${SIP_DOMAIN_SUFFIX}`;
  const sipUri =
    style.sipUriStyle === "sip-prefix" ? `sip:${endpoint.name}@${domain.name}.${SIP_PREFIX_SUFFIX}` : `${endpoint.name}@${realm}`;
  const username = style.usernameStyle === "generated" ? generatedUsername(endpoint.id) : endpoint.name;
  return {
    id: single && style.endpointIdInBody === "off" ? undefined : endpoint.id,
    name: endpoint.name,
    description: endpoint.description,
    domainId: endpoint.domainId,
    applicationId: endpoint.applicationId,
    enabled: endpoint.enabled,
    sipUri,
    credentials: { realm, username },
  };
}

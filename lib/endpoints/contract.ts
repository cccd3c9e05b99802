// An endpoint as the dashboard's API sends it, and the answers of the endpoint routes.
// Browser-safe: the routes build these, the hooks read them. No schema here (the endpoint's
// fields are in schema.ts, the export's query in export-schema.ts): pages that only show
// endpoints load no zod.

export interface Endpoint {
  id: string;
  name: string;
  description: string | null;
  domainId: string;
  applicationId: string | null;
  enabled: boolean;
  sipUri: string;
  realm: string;
  username: string;
}

/**
 * "created": Catapult confirmed the create. "already-existed": Catapult's first answer was
 * lost and the endpoint was then found by name (most likely our own attempt took effect).
 */
export const CREATE_OUTCOMES = ["created", "already-existed"] as const;
export type CreateOutcome = (typeof CREATE_OUTCOMES)[number];

/** What a SIP phone needs besides the password, as Catapult made it from the name and domain. */
export interface SipDetails {
  sipUri: string;
  realm: string;
  username: string;
}

/** What POST /api/domains/{domainId}/endpoints answers (201). Never the password. */
export interface EndpointCreated {
  id: string;
  name: string;
  domainId: string;
  /** As Catapult sent it; null when found by name after a doubtful attempt. */
  location: string | null;
  outcome: CreateOutcome;
  /** The dashboard page of the new endpoint. */
  url: string;
  /**
   * Read back from Catapult right after the create (its create answer has no body); null
   * when that read failed: the endpoint exists, and its page shows these once Catapult answers.
   */
  sip: SipDetails | null;
}

export interface EndpointCreatedResponse {
  endpoint: EndpointCreated;
}

/** GET and PATCH /api/domains/{domainId}/endpoints/{endpointId} */
export interface EndpointResponse {
  endpoint: Endpoint;
}

/** GET /api/domains/{domainId}/endpoints (every page of Catapult's list) */
export interface EndpointsResponse {
  endpoints: Endpoint[];
}

/** The fields an update can change that Catapult reads back (a password it never returns). */
export type ReadableEndpointField = "description" | "applicationId" | "enabled";

/** PATCH /api/domains/{domainId}/endpoints/{endpointId}: the endpoint as Catapult now has it. */
export interface EndpointUpdatedResponse {
  endpoint: Endpoint;
  /**
   * Fields sent that Catapult did not keep (read back after the update): the docs do not say
   * what `null` means in an update, so detaching an application may silently do nothing.
   */
  notApplied: ReadableEndpointField[];
}

/**
 * GET /api/domains/{domainId}/endpoints/export?format=csv|tsv: a domain's endpoints as a file
 * the bulk import reads back. The first four columns are the importable ones; the last four
 * are Catapult's own (the importer recognises them and ignores them).
 */
export const ENDPOINT_EXPORT_HEADER = ["name", "description", "application", "enabled", "id", "sip_uri", "realm", "username"] as const;
export const ENDPOINT_EXPORT_FORMATS = ["csv", "tsv"] as const;
export type EndpointExportFormat = (typeof ENDPOINT_EXPORT_FORMATS)[number];
export const endpointExportHref = (domainId: string, format: EndpointExportFormat) => `/api/domains/${encodeURIComponent(domainId)}/endpoints/export?format=${format}`;

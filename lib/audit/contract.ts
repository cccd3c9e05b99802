// The audit log: who did what, to what, from where, and how it went. Action names, actors,
// entries and the filters shared by /audit, its API and its CSV export. Browser-safe, and no
// schema: the query the routes parse is in schema.ts, so the audit page loads no zod.

export const AUDIT_ACTIONS = [
  "sign-in",
  "sign-out",
  "domain.create",
  "domain.delete",
  "endpoint.create",
  "endpoint.update",
  "endpoint.delete",
  "bulk-job.start",
  "bulk-job.pause",
  "bulk-job.resume",
  "bulk-job.cancel",
  "bulk-job.retry-failed",
  "audit.pruned",
  "user.create",
  "user.role",
  "user.disable",
  "user.enable",
  "user.sessions-ended",
  "user.password-link",
  "user.password-set",
  "account.password-changed",
  "account.sessions-ended",
  "api-key.create",
  "api-key.revoke",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "sign-in": "Sign-in",
  "sign-out": "Sign-out",
  "domain.create": "Domain created",
  "domain.delete": "Domain deleted",
  "endpoint.create": "Endpoint created",
  "endpoint.update": "Endpoint changed",
  "endpoint.delete": "Endpoint deleted",
  "bulk-job.start": "Bulk job started",
  "bulk-job.pause": "Bulk job paused",
  "bulk-job.resume": "Bulk job resumed",
  "bulk-job.cancel": "Bulk job cancelled",
  "bulk-job.retry-failed": "Bulk job: failed rows retried",
  "audit.pruned": "Audit log pruned",
  "user.create": "User added",
  "user.role": "User's role changed",
  "user.disable": "User disabled",
  "user.enable": "User enabled",
  "user.sessions-ended": "User's sessions ended",
  "user.password-link": "Password link made",
  "user.password-set": "Password set from a link",
  "account.password-changed": "Own password changed",
  "account.sessions-ended": "Signed out everywhere",
  "api-key.create": "API key created",
  "api-key.revoke": "API key revoked",
};

/**
 * Who acted: a person signed in ("user"), an API key acting for its owner ("api-key", its
 * label naming the owner and the key), or the server on its own ("system"). "shared-admin"
 * is the one shared password of versions before accounts, kept so old entries still read.
 */
export type AuditActor =
  | { type: "user"; id: string; email: string }
  | { type: "api-key"; id: string; label: string }
  | { type: "anonymous" }
  | { type: "system" }
  | { type: "shared-admin" };
export type AuditActorType = AuditActor["type"];

/** The words a person reads for an actor, and the value the "person" filter matches. */
export function actorLabel(actor: AuditActor): string {
  switch (actor.type) {
    case "shared-admin":
      return "admin (shared password)";
    case "system":
      return "system";
    case "anonymous":
      return "not signed in";
    case "user":
      return actor.email;
    case "api-key":
      return actor.label;
  }
}

/** An API key's actor label: its owner first, so the "person" filter finds both. */
export function apiKeyActorLabel(ownerEmail: string, keyName: string | null, keyStart: string | null): string {
  return `${ownerEmail} (API key${keyName ? ` "${keyName}"` : ""}${keyStart ? ` ${keyStart}…` : ""})`;
}

export const AUDIT_OUTCOMES = ["ok", "failed"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditTarget {
  /** A user acted upon (user and API-key actions): their email. */
  userEmail?: string | null;
  domainId?: string | null;
  domainName?: string | null;
  endpointId?: string | null;
  endpointName?: string | null;
  jobId?: string | null;
}

/** One entry as the API sends it (`at` in epoch milliseconds). */
export interface AuditEntry {
  id: number;
  at: number;
  actor: { type: string; id: string | null; label: string };
  sourceAddress: string | null;
  action: AuditAction;
  target: Required<AuditTarget>;
  outcome: AuditOutcome;
  /** Catapult's (or the dashboard's) error code when the action failed. */
  errorCode: string | null;
  detail: Record<string, unknown> | null;
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  actor: string;
  action: AuditAction | "";
  target: string;
  from: number | null;
  to: number | null;
}

/** GET /api/audit */
export interface AuditResponse {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/** The query string shared by the list and its CSV export; empty filters are left out. */
export function auditSearch(filters: AuditFilters, page?: number): string {
  const params = new URLSearchParams();
  if (filters.actor.trim()) params.set("actor", filters.actor.trim());
  if (filters.action) params.set("action", filters.action);
  if (filters.target.trim()) params.set("target", filters.target.trim());
  if (filters.from !== null) params.set("from", String(filters.from));
  if (filters.to !== null) params.set("to", String(filters.to));
  if (page) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** An actor back from its stored columns (type, id, label), e.g. a bulk job's starter. */
export function storedActor(type: string, id: string | null, label: string): AuditActor {
  if (type === "user" && id) return { type, id, email: label };
  if (type === "api-key" && id) return { type, id, label };
  return type === "system" ? { type: "system" } : { type: "shared-admin" };
}

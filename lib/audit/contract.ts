// The audit log: who did what, to what, from where, and how it went. Action names, actors,
// entries and the filters shared by /audit, its API and its CSV export. Browser-safe.
import { z } from "zod";

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
] as const;
export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

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
};

/**
 * Who acted. Today everyone signs in with the one admin password ("shared-admin") and the
 * server acts on its own ("system"); per-person accounts and API keys slot in as new types.
 */
export type AuditActor =
  | { type: "shared-admin" }
  | { type: "system" }
  | { type: "user"; id: string; email: string }
  | { type: "api-key"; id: string; ownerId: string };
export type AuditActorType = AuditActor["type"];

/** The words a person reads for an actor, and the value the "person" filter matches. */
export function actorLabel(actor: AuditActor): string {
  switch (actor.type) {
    case "shared-admin":
      return "admin";
    case "system":
      return "system";
    case "user":
      return actor.email;
    case "api-key":
      return `API key ${actor.id}`;
  }
}

export const AUDIT_OUTCOMES = ["ok", "failed"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export interface AuditTarget {
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

const time = z.coerce.number({ error: "must be a time in epoch milliseconds" }).int().nonnegative().optional();
export const auditQuerySchema = z.object({
  actor: z.string().max(255).optional(),
  action: z.union([auditActionSchema, z.literal("")], { error: `action must be one of ${AUDIT_ACTIONS.join(", ")}` }).optional(),
  target: z.string().max(255).optional(),
  from: time,
  to: time,
  page: z.coerce.number({ error: "page must be a number" }).int().min(0).max(1_000_000).optional(),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

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
  if (type === "api-key" && id) return { type, id, ownerId: label.replace(/^API key /, "") };
  return type === "system" ? { type: "system" } : { type: "shared-admin" };
}

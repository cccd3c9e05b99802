import "server-only";
// What a bulk job and its rows look like to the rest of the dashboard, and how stored rows
// become those records: the shared columns of bulk-jobs.ts, bulk-job-changes.ts and bulk-job-list.ts.
import type { ExpressionBuilder } from "kysely";
import type { BulkAction, BulkJobStatus, BulkRowStatus, ExistingPolicy } from "@/lib/bulk/contract";
import type { EndpointPatch } from "@/lib/bulk/endpoint-diff";
import type { BulkRowOp, DashboardTables } from "./schema";

export type { BulkRowOp } from "./schema";

export interface BulkJobRecord {
  id: string;
  domainId: string;
  action: BulkAction;
  status: BulkJobStatus;
  existingPolicy: ExistingPolicy;
  pauseReason: string | null;
  notice: string | null;
  total: number;
  seq: number;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
  /** Who started the job: the actor of the endpoints it creates. */
  actorType: string;
  actorId: string | null;
  actorLabel: string;
}

export interface BulkRowRecord {
  rowIndex: number;
  sourceRow: number;
  name: string;
  description: string | null;
  applicationId: string | null;
  enabled: boolean | null;
  status: BulkRowStatus;
  inDoubt: boolean;
  attempts: number;
  endpointId: string | null;
  sipUri: string | null;
  realm: string | null;
  username: string | null;
  error: string | null;
  seq: number;
  finishedAt: number | null;
  /** An "update existing names" row: the fields to change (JSON in the database); null to create. */
  patch: EndpointPatch | null;
  /** What the runner sends: create (POST), update (read, then POST of patch or password), delete (read, then DELETE). */
  op: BulkRowOp;
}

export interface NewBulkRow {
  sourceRow: number;
  name: string;
  description?: string;
  applicationId?: string;
  enabled?: boolean;
  /** Sealed password; null for rows that will never be sent. */
  passwordSealed: Buffer | null;
  status: Extract<BulkRowStatus, "pending" | "skipped" | "failed" | "unchanged" | "already_gone">;
  error?: string;
  endpointId?: string;
  /** Update this existing endpoint (endpointId) with these fields instead of creating it. */
  patch?: EndpointPatch;
  /** Default: "update" with a patch, else "create". */
  op?: BulkRowOp;
}

export const BULK_JOB_COLUMNS = [
  "id", "domain_id as domainId", "action", "status", "existing_policy as existingPolicy", "pause_reason as pauseReason", "notice", "total", "seq",
  "created_at as createdAt", "updated_at as updatedAt", "finished_at as finishedAt", "actor_type as actorType", "actor_id as actorId", "actor_label as actorLabel",
] as const;

export const ROW_COLUMNS = [
  "row_index as rowIndex", "source_row as sourceRow", "name", "description", "application_id as applicationId", "enabled", "status", "in_doubt as inDoubt",
  "attempts", "endpoint_id as endpointId", "sip_uri as sipUri", "realm", "username", "error", "seq", "finished_at as finishedAt", "patch", "op",
] as const;

/** A row as selected with ROW_COLUMNS. */
type StoredRow = Omit<BulkRowRecord, "enabled" | "inDoubt" | "patch"> & { enabled: number | null; inDoubt: number; patch: string | null };

export function toRow<T extends StoredRow>(raw: T): BulkRowRecord {
  const { enabled, inDoubt, patch, ...rest } = raw;
  return {
    rowIndex: rest.rowIndex, sourceRow: rest.sourceRow, name: rest.name, description: rest.description, applicationId: rest.applicationId, status: rest.status,
    attempts: rest.attempts, endpointId: rest.endpointId, sipUri: rest.sipUri, realm: rest.realm, username: rest.username, error: rest.error, seq: rest.seq,
    finishedAt: rest.finishedAt, op: rest.op,
    enabled: enabled === null ? null : enabled === 1,
    inDoubt: inDoubt === 1,
    patch: patch === null ? null : (JSON.parse(patch) as EndpointPatch),
  };
}

/**
 * A failed row can be sent again while it holds what it needs: a sealed password to create or
 * rotate, its changes to update, or nothing more to delete. A rotation whose password was
 * wiped has a patch ({}) but is refused by the runner, with its reason.
 */
export function retryableRow(eb: ExpressionBuilder<DashboardTables, "bulk_rows">) {
  return eb.and([eb("status", "=", "failed"), eb.or([eb("password_sealed", "is not", null), eb("patch", "is not", null), eb("op", "=", "delete")])]);
}

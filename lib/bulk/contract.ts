// The bulk import's contract, shared by the database, the API routes and the pages: the
// statuses, policies and actions (each defined once here), the body that starts a job, and
// what the job's routes answer. Browser-safe: no server imports.
import { z } from "zod";
import { catapultIdSchema, newEndpointSchema } from "@/lib/endpoints/schema";
import { MAX_BULK_ROWS } from "./parse-endpoint-rows";

export const BULK_JOB_STATUSES = ["running", "paused", "cancelled", "completed"] as const;
export type BulkJobStatus = (typeof BULK_JOB_STATUSES)[number];

/** In counting and filtering order. */
export const BULK_ROW_STATUSES = ["created", "already_existed", "skipped", "failed", "pending", "in_flight", "cancelled"] as const;
export type BulkRowStatus = (typeof BULK_ROW_STATUSES)[number];

export const BULK_ROW_STATUS_LABELS: Record<BulkRowStatus, string> = {
  created: "Created",
  already_existed: "Already existed",
  skipped: "Skipped",
  failed: "Failed",
  pending: "Pending",
  in_flight: "Sending",
  cancelled: "Cancelled",
};

/** What to do with names the domain already has: skip them, or count them as failures. */
export const EXISTING_POLICIES = ["skip", "fail"] as const;
export const existingPolicySchema = z.enum(EXISTING_POLICIES);
export type ExistingPolicy = (typeof EXISTING_POLICIES)[number];

export const BULK_JOB_ACTIONS = ["cancel", "resume", "retry-failed"] as const;
export const bulkJobActionSchema = z.object({
  action: z.enum(BULK_JOB_ACTIONS, { error: `action must be ${BULK_JOB_ACTIONS.join(", ")}` }),
});
export type BulkJobAction = (typeof BULK_JOB_ACTIONS)[number];

export const bulkRowInputSchema = z.object({ ...newEndpointSchema.def.shape, sourceRow: z.number().int().min(1) });

/** POST /api/bulk-jobs: the rows the preview validated, checked again on the server. */
export const createBulkJobSchema = z.object({
  domainId: catapultIdSchema,
  existingPolicy: existingPolicySchema.default("skip"),
  rows: z
    .array(bulkRowInputSchema)
    .min(1, "There are no rows to import.")
    .max(MAX_BULK_ROWS, `At most ${MAX_BULK_ROWS.toLocaleString("en")} rows can be imported at once.`),
});
export type CreateBulkJobRequest = z.input<typeof createBulkJobSchema>;

/** What the job page shows of a row; never a password. */
export interface BulkJobRow {
  rowIndex: number;
  sourceRow: number;
  name: string;
  status: BulkRowStatus;
  endpointId: string | null;
  sipUri: string | null;
  realm: string | null;
  username: string | null;
  error: string | null;
}

/** A job's progress at one moment: counts, pace and time left. */
export interface BulkJobSnapshot {
  id: string;
  domainId: string;
  status: BulkJobStatus;
  pauseReason: string | null;
  notice: string | null;
  total: number;
  done: number;
  counts: Record<BulkRowStatus, number>;
  /** Failed rows "Retry failed rows" can send again (rows refused before sending cannot). */
  retryable: number;
  /** Bumped by every change to the job or a row: polls ask for what changed since. */
  seq: number;
  createdAt: number;
  finishedAt: number | null;
  /** Rows finished per second over the last 15 s. */
  currentRate: number;
  configuredRate: number;
  etaSeconds: number | null;
}

/** POST /api/bulk-jobs (201) */
export interface BulkJobCreatedResponse {
  job: { id: string; url: string };
}

/** GET /api/bulk-jobs/{jobId}?after=<seq>: the job and the rows changed since `seq`. */
export interface BulkJobResponse {
  job: BulkJobSnapshot;
  rows: BulkJobRow[];
}

/** POST /api/bulk-jobs/{jobId}/actions */
export interface BulkJobActionResponse {
  job: BulkJobSnapshot;
}

/** The columns of a job's CSV export (GET /api/bulk-jobs/{jobId}/export). */
export const BULK_EXPORT_HEADER = ["source_row", "name", "status", "endpoint_id", "sip_uri", "realm", "username", "error"] as const;

export const bulkJobHref = (jobId: string) => `/bulk-jobs/${encodeURIComponent(jobId)}`;

// The bulk import's contract, shared by the database, the API routes and the pages: the
// statuses, policies and actions (each defined once here), and what the job's routes answer.
// Browser-safe, and light: every page that shows a job reads this file, so it holds no
// schema (the bodies and queries the routes parse are in job-schema.ts) and no parser.
export const BULK_JOB_STATUSES = ["running", "paused", "cancelled", "completed"] as const;
export type BulkJobStatus = (typeof BULK_JOB_STATUSES)[number];

/** In counting and filtering order. */
export const BULK_ROW_STATUSES = ["created", "already_existed", "updated", "unchanged", "deleted", "already_gone", "skipped", "failed", "pending", "in_flight", "cancelled"] as const;
export type BulkRowStatus = (typeof BULK_ROW_STATUSES)[number];

/**
 * One vocabulary from preview to job page to CSV. `already_existed` is a created row whose
 * answer was lost and whose name was then found: created, not a name that was already there
 * (those are `skipped`, or `failed` under the "fail" policy).
 */
export const BULK_ROW_STATUS_LABELS: Record<BulkRowStatus, string> = {
  created: "Created",
  already_existed: "Created (confirmed by name)",
  updated: "Updated",
  unchanged: "Unchanged (not sent)",
  deleted: "Deleted",
  already_gone: "Skipped (already gone)",
  skipped: "Skipped: already in the domain",
  failed: "Failed",
  pending: "Waiting",
  in_flight: "Sending",
  cancelled: "Not sent (cancelled)",
};

/**
 * What a job does to its rows: create endpoints (from a paste, the only action History
 * shows), or change endpoints the domain has, selected by id (change-job-schema.ts).
 */
export const BULK_CHANGE_ACTIONS = ["enable", "disable", "set-application", "rotate-password", "delete"] as const;
export type BulkChangeAction = (typeof BULK_CHANGE_ACTIONS)[number];
export const BULK_ACTIONS = ["create", ...BULK_CHANGE_ACTIONS] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export const BULK_ACTION_LABELS: Record<BulkAction, string> = {
  create: "Create",
  enable: "Enable",
  disable: "Disable",
  "set-application": "Set application",
  "rotate-password": "Rotate passwords",
  delete: "Delete",
};

/** A change job's words for its outcomes ("Disabled", "Skipped (already disabled)"); create jobs use BULK_ROW_STATUS_LABELS. */
const CHANGE_ROW_LABELS: Record<BulkChangeAction, Partial<Record<BulkRowStatus, string>>> = {
  enable: { updated: "Enabled", unchanged: "Skipped (already enabled)" },
  disable: { updated: "Disabled", unchanged: "Skipped (already disabled)" },
  "set-application": { updated: "Application set", unchanged: "Skipped (already so)" },
  "rotate-password": { updated: "Password rotated" },
  delete: {},
};

export function bulkRowStatusLabel(status: BulkRowStatus, action: BulkAction = "create"): string {
  return (action === "create" ? undefined : CHANGE_ROW_LABELS[action][status]) ?? BULK_ROW_STATUS_LABELS[status];
}

/**
 * A pasted row the preview refused. It never reaches the server: only the tab that pasted it
 * knows it, and adds it to the results CSV (status code and words, as for the other rows).
 */
export const REFUSED_ROW = { status: "invalid", label: "Invalid (not sent)" } as const;

/** A job's rows in the words above, adding up to `total` on every screen. */
export interface BulkJobTally {
  total: number;
  /** Created, those confirmed by name after a lost answer included. */
  created: number;
  confirmedByName: number;
  /** "Update existing names": changed, and already as wanted (not sent). */
  updated: number;
  unchanged: number;
  /** A delete job: deleted (a lost answer then a 404 included), and gone before it was sent. */
  deleted: number;
  alreadyGone: number;
  skipped: number;
  failed: number;
  /** Not sent yet. */
  waiting: number;
  /** Being sent (in flight). */
  sending: number;
  /** Left unsent by a cancel. */
  notSent: number;
  /** Rows with an outcome: created + updated + unchanged + deleted + alreadyGone + skipped + failed. */
  done: number;
}

export function tallyBulkJob(total: number, counts: Record<BulkRowStatus, number>): BulkJobTally {
  const created = counts.created + counts.already_existed;
  const done = created + counts.updated + counts.unchanged + counts.deleted + counts.already_gone + counts.skipped + counts.failed;
  return {
    total,
    created,
    confirmedByName: counts.already_existed,
    updated: counts.updated,
    unchanged: counts.unchanged,
    deleted: counts.deleted,
    alreadyGone: counts.already_gone,
    skipped: counts.skipped,
    failed: counts.failed,
    waiting: counts.pending,
    sending: counts.in_flight,
    notSent: counts.cancelled,
    done,
  };
}

export const BULK_JOB_STATUS_LABELS: Record<BulkJobStatus, string> = {
  running: "Running",
  paused: "Paused",
  cancelled: "Cancelled",
  completed: "Completed",
};
export const COMPLETED_WITH_FAILURES_LABEL = "Completed with failures";

/**
 * What to do with names the domain already has: skip them, count them as failures, or update
 * them to the row's values (only the fields that differ are sent; see endpoint-diff.ts).
 */
export const EXISTING_POLICIES = ["skip", "fail", "update"] as const;
export type ExistingPolicy = (typeof EXISTING_POLICIES)[number];

export const BULK_JOB_ACTIONS = ["cancel", "resume", "retry-failed"] as const;
export type BulkJobAction = (typeof BULK_JOB_ACTIONS)[number];

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
  action: BulkAction;
  status: BulkJobStatus;
  pauseReason: string | null;
  notice: string | null;
  total: number;
  /** Rows with an outcome (see BulkJobTally.done): rows a cancel left unsent are not done. */
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
  /** A CSV body's header cells that no column takes: ignored, and said so. */
  ignoredColumns?: string[];
  /** rotate-password with generate: true only: the new passwords, in this answer and nowhere else. */
  passwords?: { endpointId: string; name: string; password: string }[];
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

/** One line of GET /api/bulk-jobs: a job and its counts, without its rows. */
export type BulkJobSummary = Pick<BulkJobSnapshot, "id" | "domainId" | "action" | "status" | "total" | "done" | "counts" | "createdAt" | "finishedAt">;

export const BULK_JOBS_PAGE_SIZE = 50;

/** GET /api/bulk-jobs */
export interface BulkJobListResponse {
  jobs: BulkJobSummary[];
  /** Jobs matching the filter, over all pages. */
  total: number;
}

/**
 * The columns of a job's CSV export (GET /api/bulk-jobs/{jobId}/export). `status` holds the
 * stable code (BULK_ROW_STATUSES, or REFUSED_ROW's), which scripts and spreadsheet filters
 * can rely on; `status_label` the words the page shows, for the person reading the file.
 */
export const BULK_EXPORT_HEADER = ["source_row", "name", "status", "status_label", "endpoint_id", "sip_uri", "realm", "username", "error"] as const;

// The job pages' addresses live in links.ts, which a page can import alone (this module comes
// whole with its labels); here for the modules that take them with the rest of the contract.
export { bulkJobHref, bulkJobsHref, importNotSentHref } from "./links";

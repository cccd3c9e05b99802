import "server-only";
// The tables as Kysely sees them, one interface per table, for SQLite and Postgres alike
// (migrations.ts, migrations-postgres.ts). Our own tables keep one representation on both:
// times are epoch milliseconds (INTEGER / BIGINT, read back as numbers) and flags are 0 or 1.
// Better Auth's tables follow Better Auth's own types per dialect (ISO text and 0/1 on
// SQLite, timestamptz and boolean on Postgres), so their readers in lib/db normalise them.
import type { Generated } from "kysely";
import type { BulkAction, BulkJobStatus, BulkRowStatus, ExistingPolicy } from "@/lib/bulk/contract";
import type { CreationSource } from "@/lib/history/contract";

/** 0 or 1 (better-sqlite3 cannot bind a boolean). */
export type Flag = 0 | 1;
export type BulkRowOp = "create" | "update" | "delete";

export interface CreatedEndpointsTable {
  id: Generated<number>;
  endpoint_id: string;
  name: string;
  domain_id: string;
  source: CreationSource;
  job_id: string | null;
  created_at: number;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
}

export interface BulkJobsTable {
  id: string;
  domain_id: string;
  action: Generated<BulkAction>;
  status: BulkJobStatus;
  existing_policy: ExistingPolicy;
  pause_reason: string | null;
  notice: string | null;
  total: number;
  seq: Generated<number>;
  created_at: number;
  updated_at: number;
  finished_at: number | null;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  /** The instance run doing the job's end-of-job work, and until when (bulk-job-settlement.ts). */
  lease_owner: string | null;
  lease_expires_at: number | null;
}

export interface BulkRowsTable {
  job_id: string;
  row_index: number;
  source_row: number;
  name: string;
  description: string | null;
  application_id: string | null;
  enabled: Flag | null;
  /** AES-256-GCM (lib/bulk/server/password-vault.ts); NULL once wiped. */
  password_sealed: Buffer | null;
  status: BulkRowStatus;
  /** 1 once a create may have reached Catapult: the next attempt looks the name up first. */
  in_doubt: Generated<Flag>;
  attempts: Generated<number>;
  endpoint_id: string | null;
  sip_uri: string | null;
  realm: string | null;
  username: string | null;
  error: string | null;
  seq: Generated<number>;
  finished_at: number | null;
  /** An update row's wanted changes, as JSON text (never a password). */
  patch: string | null;
  op: Generated<BulkRowOp>;
  /** The instance run holding the row in flight (kept after, as its last holder), and until when on the database's clock (bulk-row-claims.ts). */
  lease_owner: string | null;
  lease_expires_at: number | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: number;
  actor_type: string;
  actor_id: string | null;
  actor_label: string;
  source_address: string | null;
  action: string;
  domain_id: string | null;
  domain_name: string | null;
  endpoint_id: string | null;
  endpoint_name: string | null;
  job_id: string | null;
  /** The user acted upon (user and API-key actions). */
  user_email: string | null;
  outcome: "ok" | "failed";
  error_code: string | null;
  detail: string | null;
}

/** Each domain's cached endpoint list: how fresh it is, and the refresh running (lib/db/endpoint-list-cache.ts). */
export interface CachedEndpointListsTable {
  domain_id: string;
  /** When the last complete read began (epoch ms). */
  complete_at: number | null;
  complete_count: number | null;
  /** Bumped by each refresh that begins: only the current one may write. */
  generation: Generated<number>;
  /** Set while a refresh runs; with `refresh_progress_at`, its heartbeat, it tells every instance so. */
  refreshing_since: number | null;
  refresh_progress_at: number | null;
  refresh_loaded: Generated<number>;
  refresh_error: string | null;
  /** The list's change counter: a row's `seq` is its value when the row last changed. */
  seq: Generated<number>;
  /** Removal marks up to this counter are gone: a page that looked before must read the whole list. */
  purged_seq: Generated<number>;
}

/** A cached endpoint: what the list shows, never a password (Catapult returns none). */
export interface CachedEndpointsTable {
  domain_id: string;
  endpoint_id: string;
  name: string;
  description: string | null;
  application_id: string | null;
  enabled: Flag;
  sip_uri: string;
  realm: string;
  username: string;
  /** Set by our own writes (epoch ms); NULL when a refresh wrote the row. */
  written_at: number | null;
  /** 1: gone, kept as a mark until a later complete refresh so pages that look again learn it. */
  removed: Generated<Flag>;
  seq: number;
}

/** A Better Auth date: ISO text on SQLite, a Date from timestamptz on Postgres. */
export type AuthDate = string | Date;
/** A Better Auth boolean: 0/1 on SQLite, boolean on Postgres. */
export type AuthBoolean = number | boolean;

export interface AuthUserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: AuthBoolean;
  image: string | null;
  createdAt: AuthDate;
  updatedAt: AuthDate;
  role: string | null;
  banned: AuthBoolean | null;
  banReason: string | null;
  banExpires: AuthDate | null;
}

export interface AuthSessionTable {
  id: string;
  expiresAt: AuthDate;
  token: string;
  createdAt: AuthDate;
  updatedAt: AuthDate;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
  impersonatedBy: string | null;
}

export interface AuthAccountTable {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  password: string | null;
  createdAt: AuthDate;
  updatedAt: AuthDate;
}

export interface AuthApiKeyTable {
  id: string;
  name: string | null;
  start: string | null;
  referenceId: string;
  key: string;
  lastRequest: AuthDate | null;
  expiresAt: AuthDate | null;
  createdAt: AuthDate;
}

/** The Catapult pace of one budget, shared by every instance (catapult-budgets.ts). */
export interface CatapultBudgetsTable {
  /** `baseUrl|userId|budget`. */
  key: string;
  /** Epoch ms (with fractions) of the next free request start. */
  next_slot_at: number;
  /** Epoch ms until which a 429 holds the budget (0: never held). */
  hold_until: Generated<number>;
  /** Epoch ms of the last request start claimed, by any instance. */
  last_start_at: Generated<number>;
}

/** One sign-in throttle key's failures (sign-in-throttle.ts): `account:…` or `address:…`. */
export interface SignInThrottleTable {
  key: string;
  failures: Generated<number>;
  last_failure_at: Generated<number>;
  /** When the row may be pruned: 15 minutes after it was last used. */
  expires_at: number;
}

/** A sign-in try: in flight until settled (or expired, if its instance died mid-compare). */
export interface SignInTriesTable {
  id: string;
  account_key: string;
  address_key: string | null;
  started_at: number;
  expires_at: number;
  settled_at: number | null;
}

export interface SchemaMigrationsTable {
  version: number;
  applied_at: number;
}

/**
 * Every table the dashboard reads or writes. Better Auth's are listed with the columns our
 * own queries touch; Better Auth itself reaches all of them through its adapter.
 */
export interface DashboardTables {
  created_endpoints: CreatedEndpointsTable;
  bulk_jobs: BulkJobsTable;
  bulk_rows: BulkRowsTable;
  audit_log: AuditLogTable;
  cached_endpoint_lists: CachedEndpointListsTable;
  cached_endpoints: CachedEndpointsTable;
  auth_user: AuthUserTable;
  auth_session: AuthSessionTable;
  auth_account: AuthAccountTable;
  auth_apikey: AuthApiKeyTable;
  catapult_budgets: CatapultBudgetsTable;
  sign_in_throttle: SignInThrottleTable;
  sign_in_tries: SignInTriesTable;
  schema_migrations: SchemaMigrationsTable;
}

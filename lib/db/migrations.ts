// SQLite's migrations (run by migrate.ts; version = position + 1). Append-only: a migration,
// once released, is never edited; add the next one at the end, and its Postgres twin with the
// same number in migrations-postgres.ts (migrations.test.ts compares the two schemas).
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE created_endpoints (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     endpoint_id TEXT NOT NULL,
     name TEXT NOT NULL,
     domain_id TEXT NOT NULL,
     source TEXT NOT NULL CHECK (source IN ('form', 'bulk')),
     job_id TEXT,
     created_at INTEGER NOT NULL,
     UNIQUE (domain_id, endpoint_id)
   );
   CREATE INDEX created_endpoints_by_time ON created_endpoints (created_at DESC);`,
  `CREATE TABLE bulk_jobs (
     id TEXT PRIMARY KEY,
     domain_id TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('running', 'paused', 'cancelled', 'completed')),
     existing_policy TEXT NOT NULL CHECK (existing_policy IN ('skip', 'fail')),
     pause_reason TEXT,
     notice TEXT,
     total INTEGER NOT NULL,
     seq INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     finished_at INTEGER
   );
   CREATE TABLE bulk_rows (
     job_id TEXT NOT NULL REFERENCES bulk_jobs (id) ON DELETE CASCADE,
     row_index INTEGER NOT NULL,
     source_row INTEGER NOT NULL,
     name TEXT NOT NULL,
     description TEXT,
     application_id TEXT,
     enabled INTEGER,
     password_sealed BLOB,
     status TEXT NOT NULL CHECK (status IN ('pending', 'in_flight', 'created', 'already_existed', 'skipped', 'failed', 'cancelled')),
     -- 1 once a create may have reached Catapult: the next attempt looks the name up first.
     in_doubt INTEGER NOT NULL DEFAULT 0,
     attempts INTEGER NOT NULL DEFAULT 0,
     endpoint_id TEXT,
     sip_uri TEXT,
     realm TEXT,
     username TEXT,
     error TEXT,
     seq INTEGER NOT NULL DEFAULT 0,
     finished_at INTEGER,
     PRIMARY KEY (job_id, row_index)
   );
   CREATE INDEX bulk_rows_by_status ON bulk_rows (job_id, status, row_index);
   CREATE INDEX bulk_rows_by_seq ON bulk_rows (job_id, seq);`,
  // The audit log: append-only (a trigger refuses updates; only the retention prune deletes).
  // The actor is a type plus an id and a label, so per-person accounts and API keys fit later
  // without changing what the columns mean.
  `CREATE TABLE audit_log (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     at INTEGER NOT NULL,
     actor_type TEXT NOT NULL,
     actor_id TEXT,
     actor_label TEXT NOT NULL,
     source_address TEXT,
     action TEXT NOT NULL,
     domain_id TEXT,
     domain_name TEXT,
     endpoint_id TEXT,
     endpoint_name TEXT,
     job_id TEXT,
     outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'failed')),
     error_code TEXT,
     detail TEXT
   );
   CREATE INDEX audit_log_by_time ON audit_log (at DESC, id DESC);
   CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
   BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
   ALTER TABLE created_endpoints ADD COLUMN actor_type TEXT NOT NULL DEFAULT 'shared-admin';
   ALTER TABLE created_endpoints ADD COLUMN actor_id TEXT;
   ALTER TABLE created_endpoints ADD COLUMN actor_label TEXT NOT NULL DEFAULT 'admin';
   ALTER TABLE bulk_jobs ADD COLUMN actor_type TEXT NOT NULL DEFAULT 'shared-admin';
   ALTER TABLE bulk_jobs ADD COLUMN actor_id TEXT;
   ALTER TABLE bulk_jobs ADD COLUMN actor_label TEXT NOT NULL DEFAULT 'admin';`,
  // Accounts, sessions and API keys, in Better Auth's schema (lib/auth/server/auth.ts) with
  // our table names. Passwords are scrypt hashes, API keys SHA-256 hashes, invitation and reset
  // tokens hashed; a session row's token is useless without the cookie's HMAC (SESSION_SECRET).
  `CREATE TABLE auth_user ("id" text not null primary key, "name" text not null, "email" text not null unique, "emailVerified" integer not null, "image" text, "createdAt" date not null, "updatedAt" date not null, "role" text, "banned" integer, "banReason" text, "banExpires" date);
   CREATE TABLE auth_session ("id" text not null primary key, "expiresAt" date not null, "token" text not null unique, "createdAt" date not null, "updatedAt" date not null, "ipAddress" text, "userAgent" text, "userId" text not null references auth_user ("id") on delete cascade, "impersonatedBy" text);
   CREATE TABLE auth_account ("id" text not null primary key, "accountId" text not null, "providerId" text not null, "userId" text not null references auth_user ("id") on delete cascade, "accessToken" text, "refreshToken" text, "idToken" text, "accessTokenExpiresAt" date, "refreshTokenExpiresAt" date, "scope" text, "password" text, "createdAt" date not null, "updatedAt" date not null);
   CREATE TABLE auth_verification ("id" text not null primary key, "identifier" text not null, "value" text not null, "expiresAt" date not null, "createdAt" date not null, "updatedAt" date not null);
   CREATE TABLE auth_apikey ("id" text not null primary key, "configId" text not null, "name" text, "start" text, "referenceId" text not null references auth_user ("id") on delete cascade, "prefix" text, "key" text not null, "refillInterval" integer, "refillAmount" integer, "lastRefillAt" date, "enabled" integer, "rateLimitEnabled" integer, "rateLimitTimeWindow" integer, "rateLimitMax" integer, "requestCount" integer, "remaining" integer, "lastRequest" date, "expiresAt" date, "createdAt" date not null, "updatedAt" date not null, "permissions" text, "metadata" text);
   CREATE INDEX auth_session_userId_idx ON auth_session ("userId");
   CREATE INDEX auth_account_userId_idx ON auth_account ("userId");
   CREATE INDEX auth_verification_identifier_idx ON auth_verification ("identifier");
   CREATE INDEX auth_apikey_configId_idx ON auth_apikey ("configId");
   CREATE INDEX auth_apikey_referenceId_idx ON auth_apikey ("referenceId");
   CREATE INDEX auth_apikey_key_idx ON auth_apikey ("key");
   ALTER TABLE audit_log ADD COLUMN user_email TEXT;`,
  // "Update existing names" (issue 13): a new policy and two row outcomes, which the CHECKs of
  // migration 2 refuse. SQLite cannot change a CHECK, so both tables are rebuilt (rows first:
  // dropping bulk_jobs under foreign_keys would cascade). `patch` holds an update row's wanted
  // changes as JSON (never a password: that stays sealed in password_sealed).
  `CREATE TABLE bulk_jobs_v5 (
     id TEXT PRIMARY KEY,
     domain_id TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('running', 'paused', 'cancelled', 'completed')),
     existing_policy TEXT NOT NULL CHECK (existing_policy IN ('skip', 'fail', 'update')),
     pause_reason TEXT,
     notice TEXT,
     total INTEGER NOT NULL,
     seq INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     finished_at INTEGER,
     actor_type TEXT NOT NULL DEFAULT 'shared-admin',
     actor_id TEXT,
     actor_label TEXT NOT NULL DEFAULT 'admin'
   );
   CREATE TABLE bulk_rows_v5 (
     job_id TEXT NOT NULL REFERENCES bulk_jobs_v5 (id) ON DELETE CASCADE,
     row_index INTEGER NOT NULL,
     source_row INTEGER NOT NULL,
     name TEXT NOT NULL,
     description TEXT,
     application_id TEXT,
     enabled INTEGER,
     password_sealed BLOB,
     status TEXT NOT NULL CHECK (status IN ('pending', 'in_flight', 'created', 'already_existed', 'updated', 'unchanged', 'skipped', 'failed', 'cancelled')),
     in_doubt INTEGER NOT NULL DEFAULT 0,
     attempts INTEGER NOT NULL DEFAULT 0,
     endpoint_id TEXT,
     sip_uri TEXT,
     realm TEXT,
     username TEXT,
     error TEXT,
     seq INTEGER NOT NULL DEFAULT 0,
     finished_at INTEGER,
     patch TEXT,
     PRIMARY KEY (job_id, row_index)
   );
   INSERT INTO bulk_jobs_v5 (id, domain_id, status, existing_policy, pause_reason, notice, total, seq, created_at, updated_at, finished_at, actor_type, actor_id, actor_label)
     SELECT id, domain_id, status, existing_policy, pause_reason, notice, total, seq, created_at, updated_at, finished_at, actor_type, actor_id, actor_label FROM bulk_jobs ORDER BY rowid;
   INSERT INTO bulk_rows_v5 (job_id, row_index, source_row, name, description, application_id, enabled, password_sealed, status, in_doubt, attempts, endpoint_id, sip_uri, realm, username, error, seq, finished_at)
     SELECT job_id, row_index, source_row, name, description, application_id, enabled, password_sealed, status, in_doubt, attempts, endpoint_id, sip_uri, realm, username, error, seq, finished_at FROM bulk_rows ORDER BY rowid;
   DROP TABLE bulk_rows;
   DROP TABLE bulk_jobs;
   ALTER TABLE bulk_jobs_v5 RENAME TO bulk_jobs;
   ALTER TABLE bulk_rows_v5 RENAME TO bulk_rows;
   CREATE INDEX bulk_rows_by_status ON bulk_rows (job_id, status, row_index);
   CREATE INDEX bulk_rows_by_seq ON bulk_rows (job_id, seq);`,
  // Bulk changes (issue 13): a job's action (create, or a change to endpoints it selected by
  // id) and two delete outcomes the rows' CHECK refuses, so bulk_rows is rebuilt (bulk_jobs
  // only gains a column). A row's `op` says what the runner sends for it: create (POST), update
  // (a read, then a POST of `patch`, or of the sealed password) or delete (a read, then DELETE).
  `ALTER TABLE bulk_jobs ADD COLUMN action TEXT NOT NULL DEFAULT 'create'
     CHECK (action IN ('create', 'enable', 'disable', 'set-application', 'rotate-password', 'delete'));
   CREATE TABLE bulk_rows_v6 (
     job_id TEXT NOT NULL REFERENCES bulk_jobs (id) ON DELETE CASCADE,
     row_index INTEGER NOT NULL,
     source_row INTEGER NOT NULL,
     name TEXT NOT NULL,
     description TEXT,
     application_id TEXT,
     enabled INTEGER,
     password_sealed BLOB,
     status TEXT NOT NULL CHECK (status IN ('pending', 'in_flight', 'created', 'already_existed', 'updated', 'unchanged', 'deleted', 'already_gone', 'skipped', 'failed', 'cancelled')),
     in_doubt INTEGER NOT NULL DEFAULT 0,
     attempts INTEGER NOT NULL DEFAULT 0,
     endpoint_id TEXT,
     sip_uri TEXT,
     realm TEXT,
     username TEXT,
     error TEXT,
     seq INTEGER NOT NULL DEFAULT 0,
     finished_at INTEGER,
     patch TEXT,
     op TEXT NOT NULL DEFAULT 'create' CHECK (op IN ('create', 'update', 'delete')),
     PRIMARY KEY (job_id, row_index)
   );
   INSERT INTO bulk_rows_v6 (job_id, row_index, source_row, name, description, application_id, enabled, password_sealed, status, in_doubt, attempts, endpoint_id, sip_uri, realm, username, error, seq, finished_at, patch, op)
     SELECT job_id, row_index, source_row, name, description, application_id, enabled, password_sealed, status, in_doubt, attempts, endpoint_id, sip_uri, realm, username, error, seq, finished_at, patch,
       CASE WHEN patch IS NOT NULL THEN 'update' ELSE 'create' END FROM bulk_rows ORDER BY rowid;
   DROP TABLE bulk_rows;
   ALTER TABLE bulk_rows_v6 RENAME TO bulk_rows;
   CREATE INDEX bulk_rows_by_status ON bulk_rows (job_id, status, row_index);
   CREATE INDEX bulk_rows_by_seq ON bulk_rows (job_id, seq);`,
  // The cache of each domain's endpoint list (issue 14): what the domain page shows, never a
  // password (Catapult returns none). cached_endpoint_lists says how fresh each list is and
  // whether a refresh is running, in the store rather than in one process, so another
  // instance sharing the store can see it and need not start its own. A row's `seq` is the
  // list's change counter when it last changed, so a page asks only for what changed since
  // it last looked; `removed` keeps a removal as a mark until a later complete refresh.
  `CREATE TABLE cached_endpoint_lists (
     domain_id TEXT PRIMARY KEY,
     complete_at INTEGER,
     complete_count INTEGER,
     generation INTEGER NOT NULL DEFAULT 0,
     refreshing_since INTEGER,
     refresh_progress_at INTEGER,
     refresh_loaded INTEGER NOT NULL DEFAULT 0,
     refresh_error TEXT,
     seq INTEGER NOT NULL DEFAULT 0,
     purged_seq INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE cached_endpoints (
     domain_id TEXT NOT NULL REFERENCES cached_endpoint_lists (domain_id) ON DELETE CASCADE,
     endpoint_id TEXT NOT NULL,
     name TEXT NOT NULL,
     description TEXT,
     application_id TEXT,
     enabled INTEGER NOT NULL,
     sip_uri TEXT NOT NULL,
     realm TEXT NOT NULL,
     username TEXT NOT NULL,
     written_at INTEGER,
     removed INTEGER NOT NULL DEFAULT 0,
     seq INTEGER NOT NULL,
     PRIMARY KEY (domain_id, endpoint_id)
   );
   CREATE INDEX cached_endpoints_by_seq ON cached_endpoints (domain_id, seq);`,
  // Leases (issue 15): any instance works on any job. A claimed row names the instance run
  // holding it and until when (epoch ms on the database's clock); a heartbeat renews it, and a
  // row whose lease lapsed is taken over, in doubt. A job's own lease is held by the one
  // instance doing its end-of-job work (the SIP details read), so that runs once. The partial
  // indexes serve the heartbeat (rows in flight by holder) and the scout (unfinished jobs).
  `ALTER TABLE bulk_rows ADD COLUMN lease_owner TEXT;
   ALTER TABLE bulk_rows ADD COLUMN lease_expires_at INTEGER;
   ALTER TABLE bulk_jobs ADD COLUMN lease_owner TEXT;
   ALTER TABLE bulk_jobs ADD COLUMN lease_expires_at INTEGER;
   CREATE INDEX bulk_rows_in_flight_by_holder ON bulk_rows (lease_owner) WHERE status = 'in_flight';
   CREATE INDEX bulk_jobs_unfinished ON bulk_jobs (status) WHERE finished_at IS NULL;`,
  // 9: shared state for several instances on one store (issue 15): the Catapult pace of each
  // budget (catapult-budgets.ts; times are epoch ms with fractions, REAL, since a gap such as
  // 51.5 ms must not round), and the sign-in throttle's counters and tries in flight
  // (sign-in-throttle.ts).
  `CREATE TABLE catapult_budgets (
     key TEXT PRIMARY KEY,
     next_slot_at REAL NOT NULL,
     hold_until REAL NOT NULL DEFAULT 0,
     last_start_at REAL NOT NULL DEFAULT 0
   );
   CREATE TABLE sign_in_throttle (
     key TEXT PRIMARY KEY,
     failures INTEGER NOT NULL DEFAULT 0,
     last_failure_at INTEGER NOT NULL DEFAULT 0,
     expires_at INTEGER NOT NULL
   );
   CREATE INDEX sign_in_throttle_by_expiry ON sign_in_throttle (expires_at);
   CREATE TABLE sign_in_tries (
     id TEXT PRIMARY KEY,
     account_key TEXT NOT NULL,
     address_key TEXT,
     started_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL,
     settled_at INTEGER
   );
   CREATE INDEX sign_in_tries_by_account ON sign_in_tries (account_key);
   CREATE INDEX sign_in_tries_by_address ON sign_in_tries (address_key);
   CREATE INDEX sign_in_tries_by_start ON sign_in_tries (started_at);`,
  // Migration 10 goes here (and its twin in migrations-postgres.ts).
];

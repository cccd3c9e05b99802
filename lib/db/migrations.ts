// Append-only: a migration, once released, is never edited; add the next one at the end.
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
];

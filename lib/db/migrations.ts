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
];

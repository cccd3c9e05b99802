// The routes an automation needs, each with the shared zod schemas its handler parses with.
// Adding a route to the OpenAPI document is one entry here; its schemas are never restated.
import type { z } from "zod";
import type { Role } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/auth/role-words";
import { auditQuerySchema } from "@/lib/audit/schema";
import { bulkJobActionSchema, bulkJobListQuerySchema, bulkJobQuerySchema, createBulkJobCsvQuerySchema, createBulkJobSchema } from "@/lib/bulk/job-schema";
import { endpointExportQuerySchema } from "@/lib/endpoints/export-schema";
import { endpointListQuerySchema } from "@/lib/endpoints/list-schema";
import { endpointChangesSchema, newEndpointSchema } from "@/lib/endpoints/schema";
import { historyQuerySchema } from "@/lib/history/schema";

export interface ApiOperation {
  method: "get" | "post" | "patch" | "delete";
  /** OpenAPI form: `{domainId}`. */
  path: string;
  summary: string;
  /** The least role (as the route declares it); shown in the operation's description. */
  access: Role;
  query?: z.core.$ZodObject;
  /** Query parameters that apply only to one body type (the CSV job's settings). */
  queryNote?: string;
  /** Request bodies by media type: a zod schema, or a JSON Schema for non-JSON text. */
  body?: Record<string, z.core.$ZodType | { type: "string"; description: string }>;
  /** The success status and what it carries. */
  ok: { status: number; description: string; mediaTypes?: string[] };
}

export const API_OPERATIONS: readonly ApiOperation[] = [
  { method: "get", path: "/api/session", summary: "Who is asking: the key's owner and role", access: "viewer", ok: { status: 200, description: "{ user: { id, email, role }, via: \"user\" | \"api-key\" }" } },
  { method: "get", path: "/api/domains", summary: "The account's domains", access: "viewer", ok: { status: 200, description: "{ domains: Domain[] } (id, name, description…)" } },
  {
    method: "get",
    path: "/api/domains/{domainId}/endpoints",
    summary: "A domain's endpoints, from the dashboard's cache of its list (read from Catapult first when missing or older than 5 minutes)",
    access: "viewer",
    query: endpointListQuerySchema,
    ok: { status: 200, description: "{ endpoints: Endpoint[], list: { asOf, refreshing, lastCount, error }, seq, removed: string[], whole } — with ?since=<seq>, the cache at once (possibly still being read), only what changed after seq" },
  },
  { method: "post", path: "/api/domains/{domainId}/endpoints/refresh", summary: "Read a domain's endpoint list from Catapult again now (joins a read already running)", access: "viewer", ok: { status: 202, description: "{ list: { asOf, refreshing, lastCount, error } }" } },
  { method: "post", path: "/api/domains/{domainId}/endpoints", summary: "Create one endpoint", access: "operator", body: { "application/json": newEndpointSchema }, ok: { status: 201, description: "{ endpoint: Endpoint } (never the password)" } },
  { method: "get", path: "/api/domains/{domainId}/endpoints/{endpointId}", summary: "One endpoint", access: "viewer", ok: { status: 200, description: "{ endpoint: Endpoint }" } },
  { method: "patch", path: "/api/domains/{domainId}/endpoints/{endpointId}", summary: "Change an endpoint's description, application, enabled or password", access: "operator", body: { "application/json": endpointChangesSchema }, ok: { status: 200, description: "{ endpoint: Endpoint, notApplied: string[] }" } },
  { method: "delete", path: "/api/domains/{domainId}/endpoints/{endpointId}", summary: "Delete an endpoint", access: "operator", ok: { status: 204, description: "Deleted." } },
  {
    method: "get",
    path: "/api/domains/{domainId}/endpoints/export",
    summary: "A domain's endpoints as CSV or TSV, ready to edit and import again",
    access: "viewer",
    query: endpointExportQuerySchema,
    ok: { status: 200, description: "The file (formula-like cells defused; the importer undoes that exactly).", mediaTypes: ["text/csv", "text/tab-separated-values"] },
  },
  {
    method: "post",
    path: "/api/bulk-jobs",
    summary: "Start a bulk job from JSON rows, or from a CSV file",
    access: "operator",
    query: createBulkJobCsvQuerySchema,
    queryNote: "text/csv bodies only (a JSON body carries these fields itself); domainId is then required.",
    body: {
      "application/json": createBulkJobSchema,
      "text/csv": {
        type: "string",
        description:
          "A CSV (or tab-separated) file with a header row, read as the bulk page reads a paste: name, description, application (name or id), enabled, password. Every row is checked before anything starts; a bad row is refused with issues at rows.<file row>.<column>.",
      },
    },
    ok: { status: 201, description: "{ job: { id, url }, ignoredColumns?: string[] }" },
  },
  { method: "get", path: "/api/bulk-jobs", summary: "Bulk jobs, newest first, a page at a time", access: "viewer", query: bulkJobListQuerySchema, ok: { status: 200, description: "{ jobs: BulkJobSummary[], total }" } },
  {
    method: "get",
    path: "/api/bulk-jobs/{jobId}",
    summary: "A bulk job's status and its rows changed since ?after=<seq>",
    access: "viewer",
    query: bulkJobQuerySchema,
    ok: { status: 200, description: "{ job: BulkJobSnapshot (status, counts, seq, pace, time left), rows: BulkJobRow[] }: poll with ?after=<job.seq> for only what changed." },
  },
  { method: "post", path: "/api/bulk-jobs/{jobId}/actions", summary: "Cancel, resume or retry a bulk job's failed rows", access: "operator", body: { "application/json": bulkJobActionSchema }, ok: { status: 200, description: "{ job: BulkJobSnapshot }" } },
  { method: "get", path: "/api/bulk-jobs/{jobId}/export", summary: "A bulk job's rows as CSV", access: "viewer", ok: { status: 200, description: "One line per row: source_row, name, status, status_label, endpoint_id, sip_uri, realm, username, error.", mediaTypes: ["text/csv"] } },
  { method: "get", path: "/api/history", summary: "Endpoints the dashboard created", access: "viewer", query: historyQuerySchema, ok: { status: 200, description: "{ endpoints: HistoryEntry[] }" } },
  { method: "get", path: "/api/audit", summary: "The audit log, newest first", access: "viewer", query: auditQuerySchema, ok: { status: 200, description: "{ entries: AuditEntry[], total, page, pageSize } (an API key's actions are listed under its owner)" } },
];

export const accessNote = (access: Role) => `Needs the ${ROLE_LABELS[access]} role (the key's owner's role, as it is now).`;

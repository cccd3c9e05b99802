// The bodies and queries of the bulk-job routes, parsed on the server and described in the
// OpenAPI document: a create job's validated rows (the change jobs' bodies are in
// change-job-schema.ts), the CSV body's query, and the job and list queries. Apart from the
// contract (contract.ts), so that pages reading a job's words load no zod.
import * as z from "zod/mini";
import { catapultIdSchema, endpointPasswordSchema, newEndpointSchema } from "@/lib/endpoints/schema";
import { BULK_ACTIONS, BULK_JOB_ACTIONS, EXISTING_POLICIES } from "./contract";
import { bulkChangeJobSchemas } from "./change-job-schema";
import { MAX_BULK_ROWS } from "./limits";

export const existingPolicySchema = z.enum(EXISTING_POLICIES);

export const bulkJobActionSchema = z.object({
  action: z.enum(BULK_JOB_ACTIONS, { error: `action must be ${BULK_JOB_ACTIONS.join(", ")}` }),
});

/**
 * A row to create, or under "update" a row for a name the domain has. The password is needed
 * only to create: the server refuses a new name without one; an update without one keeps it.
 */
export const bulkRowInputSchema = z.object({ ...newEndpointSchema.def.shape, password: z.optional(endpointPasswordSchema), sourceRow: z.number().check(z.int(), z.minimum(1)) });

/** A create job: the rows the preview validated, checked again on the server. */
export const createEndpointsJobSchema = z.object({
  action: z._default(z.literal("create"), "create"),
  domainId: catapultIdSchema,
  existingPolicy: z._default(existingPolicySchema, "skip"),
  rows: z
    .array(bulkRowInputSchema)
    .check(
      z.minLength(1, "There are no rows to import."),
      z.maxLength(MAX_BULK_ROWS, `At most ${MAX_BULK_ROWS.toLocaleString("en")} rows can be imported at once.`),
    ),
});
export type CreateEndpointsJobRequest = z.output<typeof createEndpointsJobSchema>;
export type CreateEndpointsJobInput = z.input<typeof createEndpointsJobSchema>;

/** POST /api/bulk-jobs: `action` (default "create") says which body it is. */
export const createBulkJobSchema = z.discriminatedUnion("action", [createEndpointsJobSchema, ...bulkChangeJobSchemas], {
  error: `action must be ${BULK_ACTIONS.join(", ")}`,
});
export type CreateBulkJobRequest = z.input<typeof createBulkJobSchema>;

/**
 * POST /api/bulk-jobs with a `text/csv` body: the job's settings travel in the query, the
 * rows are the file (read with the bulk page's own column and row rules).
 */
export const createBulkJobCsvQuerySchema = z.object({
  domainId: catapultIdSchema,
  action: z._default(z.enum(BULK_ACTIONS, { error: `action must be ${BULK_ACTIONS.join(", ")}` }), "create"),
  /** create only. */
  existingPolicy: z.optional(existingPolicySchema),
  /** set-application only: the application's id, or empty to clear it. */
  applicationId: z.optional(z.string().check(z.maxLength(64))),
  /** rotate-password only: "true" generates the new passwords (returned once, in the answer). */
  generate: z.optional(z.enum(["true", "false"], { error: "generate must be true or false" })),
});

/** GET /api/bulk-jobs/{jobId}?after=<seq>: only rows changed since `seq` (0: every row). */
export const bulkJobQuerySchema = z.object({ after: z._default(z.coerce.number().check(z.int(), z.minimum(0)), 0) });

/** GET /api/bulk-jobs?domainId=&only=unfinished&page=: newest first, a page at a time. */
export const bulkJobListQuerySchema = z.object({
  domainId: z.optional(catapultIdSchema),
  only: z.optional(z.enum(["unfinished"], { error: "only must be unfinished" })),
  page: z._default(z.coerce.number({ error: "page must be a number" }).check(z.int(), z.minimum(1, "page starts at 1"), z.maximum(1_000_000)), 1),
});
export type BulkJobListQuery = z.input<typeof bulkJobListQuerySchema>;

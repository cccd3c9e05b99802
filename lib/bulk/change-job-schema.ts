// The bodies of bulk CHANGES to endpoints a domain already has (issue 13): enable, disable,
// set-application, rotate-password and delete. Browser-safe. A row names an endpoint by id,
// either as a bare string or as { endpointId, name? }; a name, when given, must still be that
// endpoint's name when the job starts (a guard against a stale or mistyped list). The server
// takes the names from Catapult, never from the body. zod/mini: see lib/auth/roles.ts.
import * as z from "zod/mini";
import { catapultIdSchema, endpointPasswordSchema } from "@/lib/endpoints/schema";
import { MAX_BULK_ROWS } from "./limits";

const endpointRefObject = z.strictObject({
  endpointId: catapultIdSchema,
  name: z.optional(z.string().check(z.minLength(1, "name, when given, must not be empty"), z.maxLength(255))),
});
const rotateRefObject = z.strictObject({ ...endpointRefObject.shape, password: z.optional(endpointPasswordSchema) });

type Ref = string | { endpointId: string; name?: string; password?: string };
/** The row as an object, whichever form it came in. */
export const endpointRef = <R extends Ref>(row: R): Exclude<R, string> | { endpointId: string } => (typeof row === "string" ? { endpointId: row } : (row as Exclude<R, string>));

function rowList<T extends z.ZodMiniType>(row: T) {
  return z.array(z.union([catapultIdSchema, row], { error: "Each row is an endpoint id, or an object { endpointId, name? }." })).check(
    z.minLength(1, "Select at least one endpoint."),
    z.maxLength(MAX_BULK_ROWS, `At most ${MAX_BULK_ROWS.toLocaleString("en")} endpoints can be changed at once.`),
    z.superRefine((rows, ctx) => {
      // An endpoint given twice would be sent twice: refused, with both rows named.
      const first = new Map<string, number>();
      rows.forEach((given, i) => {
        const id = endpointRef(given as Ref).endpointId;
        const seen = first.get(id);
        if (seen === undefined) return void first.set(id, i);
        ctx.addIssue({ code: "custom", path: [i], message: `Endpoint ${id} is repeated (rows ${seen + 1} and ${i + 1}).`, params: { rule: "repeated_endpoint", rows: `${seen + 1},${i + 1}` } });
      });
    }),
  );
}

const domainId = catapultIdSchema;
const simpleJob = <A extends "enable" | "disable" | "delete">(action: A) => z.object({ action: z.literal(action), domainId, rows: rowList(endpointRefObject) });

export const enableJobSchema = simpleJob("enable");
export const disableJobSchema = simpleJob("disable");
export const deleteJobSchema = simpleJob("delete");

/** One application for every row; null clears it. */
export const setApplicationJobSchema = z.object({
  action: z.literal("set-application"),
  domainId,
  applicationId: z.union([catapultIdSchema, z.null()], { error: "applicationId must be an application's id, or null to clear it" }),
  rows: rowList(endpointRefObject),
});

/**
 * Either every row carries its new password, or `generate: true` and none does: the server
 * then generates them and returns them once, in the answer to this request only.
 */
export const rotatePasswordJobSchema = z
  .object({ action: z.literal("rotate-password"), domainId, generate: z.optional(z.boolean()), rows: rowList(rotateRefObject) })
  .check(
    z.superRefine((job, ctx) => {
      job.rows.forEach((row, i) => {
        const password = typeof row === "string" ? undefined : row.password;
        if (job.generate && password !== undefined) {
          ctx.addIssue({ code: "custom", path: ["rows", i, "password"], message: "Give no password when generate is true.", params: { rule: "invalid" } });
        } else if (!job.generate && password === undefined) {
          ctx.addIssue({ code: "custom", path: ["rows", i, "password"], message: "Each row needs its new password (or send generate: true).", params: { rule: "required" } });
        }
      });
    }),
  );

export const bulkChangeJobSchemas = [enableJobSchema, disableJobSchema, setApplicationJobSchema, rotatePasswordJobSchema, deleteJobSchema] as const;
export type BulkChangeJobRequest = z.output<(typeof bulkChangeJobSchemas)[number]>;

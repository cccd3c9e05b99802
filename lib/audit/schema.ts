// GET /api/audit and its CSV export: the filters and page as the query carries them.
import * as z from "zod/mini";
import { AUDIT_ACTIONS } from "./contract";

export const auditActionSchema = z.enum(AUDIT_ACTIONS);

const time = z.optional(z.coerce.number({ error: "must be a time in epoch milliseconds" }).check(z.int(), z.nonnegative()));
export const auditQuerySchema = z.object({
  actor: z.optional(z.string().check(z.maxLength(255))),
  action: z.optional(z.union([auditActionSchema, z.literal("")], { error: `action must be one of ${AUDIT_ACTIONS.join(", ")}` })),
  target: z.optional(z.string().check(z.maxLength(255))),
  from: time,
  to: time,
  page: z.optional(z.coerce.number({ error: "page must be a number" }).check(z.int(), z.minimum(0), z.maximum(1_000_000))),
});
export type AuditQuery = z.output<typeof auditQuerySchema>;

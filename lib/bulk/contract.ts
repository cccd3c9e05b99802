// The body of "start a bulk job": the rows the preview validated, checked again on the
// server with the same schema. No server imports: the bulk page builds this body.
import { z } from "zod";
import { catapultIdSchema, newEndpointSchema } from "@/lib/endpoints/schema";
import { MAX_BULK_ROWS } from "./parse-endpoint-rows";

export const bulkRowInputSchema = z.object({ ...newEndpointSchema.def.shape, sourceRow: z.number().int().min(1) });

export const createBulkJobSchema = z.object({
  domainId: catapultIdSchema,
  /** What to do with names that already exist in the domain: skip them, or count them as failures. */
  existingPolicy: z.enum(["skip", "fail"]).default("skip"),
  rows: z
    .array(bulkRowInputSchema)
    .min(1, "There are no rows to import.")
    .max(MAX_BULK_ROWS, `At most ${MAX_BULK_ROWS.toLocaleString("en")} rows can be imported at once.`),
});
export type CreateBulkJobRequest = z.input<typeof createBulkJobSchema>;

/** What the job page shows of a row; never a password. */
export interface BulkRowView {
  rowIndex: number;
  sourceRow: number;
  name: string;
  status: "pending" | "in_flight" | "created" | "already_existed" | "skipped" | "failed" | "cancelled";
  endpointId: string | null;
  sipUri: string | null;
  realm: string | null;
  username: string | null;
  error: string | null;
}

export interface BulkJobView {
  id: string;
  domainId: string;
  status: "running" | "paused" | "cancelled" | "completed";
  pauseReason: string | null;
  notice: string | null;
  total: number;
  done: number;
  counts: Record<BulkRowView["status"], number>;
  /** Failed rows "Retry failed rows" can send again (rows refused before sending cannot). */
  retryable: number;
  seq: number;
  createdAt: number;
  finishedAt: number | null;
  /** Rows finished per second over the last 15 s. */
  currentRate: number;
  configuredRate: number;
  etaSeconds: number | null;
}

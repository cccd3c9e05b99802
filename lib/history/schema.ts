// GET /api/history and its CSV export: the filters as the query carries them.
import * as z from "zod/mini";

export const historyQuerySchema = z.object({
  domainId: z.optional(z.string().check(z.maxLength(64))),
  name: z.optional(z.string().check(z.maxLength(255))),
});

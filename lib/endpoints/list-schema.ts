// GET /api/domains/{domainId}/endpoints?since=<seq>: the query the route parses.
import * as z from "zod/mini";

export const endpointListQuerySchema = z.object({
  since: z.optional(
    z.pipe(z.coerce.number({ error: "since must be a number" }), z.int({ error: "since must be a whole number" }).check(z.minimum(0, { error: "since must be 0 or more" }))),
  ),
});

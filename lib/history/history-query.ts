// Filters of the History list (page, API and CSV export).
import { z } from "zod";

export const historyQuerySchema = z.object({
  domainId: z.string().max(64).optional(),
  name: z.string().max(255).optional(),
});

// GET /api/domains/{domainId}/endpoints/export?format=csv|tsv: the query the route parses.
import * as z from "zod/mini";
import { ENDPOINT_EXPORT_FORMATS } from "./contract";

export const endpointExportQuerySchema = z.object({ format: z._default(z.enum(ENDPOINT_EXPORT_FORMATS, { error: "format must be csv or tsv" }), "csv") });

// A domain's endpoints as a CSV or TSV file (?format=csv|tsv), ready to edit and import again.
import { apiRoute } from "@/lib/api/server/api-route";
import { csvResponse, tsvResponse } from "@/lib/api/server/csv-response";
import { parseInput, readId } from "@/lib/api/server/read-input";
import { getCatapult } from "@/lib/catapult";
import { ENDPOINT_EXPORT_HEADER } from "@/lib/endpoints/contract";
import { endpointExportQuerySchema } from "@/lib/endpoints/export-schema";
import { endpointExportRows } from "@/lib/endpoints/server/export-endpoints";

export const GET = apiRoute<{ domainId: string }>(
  async (request, params) => {
    const domainId = readId(params.domainId, "domainId");
    const { format } = parseInput(endpointExportQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
    const rows = await endpointExportRows(getCatapult(), domainId);
    const filename = `endpoints-${domainId.slice(0, 12)}.${format}`;
    return format === "tsv" ? tsvResponse(filename, ENDPOINT_EXPORT_HEADER, rows) : csvResponse(filename, ENDPOINT_EXPORT_HEADER, rows);
  },
  { access: "viewer", resource: "domain" },
);

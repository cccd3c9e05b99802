// The History list as CSV, with the same filters.
import { apiRoute } from "@/lib/api/server/api-route";
import { csvResponse } from "@/lib/api/server/csv-response";
import { parseInput } from "@/lib/api/server/read-input";
import { historyQuerySchema } from "@/lib/history/schema";
import { HISTORY_CSV_HEADER, historyCsvRows, listHistory } from "@/lib/history/server/list-history";

export const GET = apiRoute(async (request) => {
  const filter = parseInput(historyQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
  return csvResponse("created-endpoints.csv", HISTORY_CSV_HEADER, historyCsvRows(await listHistory(filter)));
}, { access: "viewer" });

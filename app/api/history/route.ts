// Every endpoint the dashboard created, filtered by domain and name.
import { listCreatedEndpoints } from "@/lib/db/created-endpoints";
import { apiRoute } from "@/lib/api/server/api-route";
import { historyQuerySchema } from "@/lib/history/history-query";
import { parseInput } from "@/lib/api/server/read-input";

export const GET = apiRoute(async (request) => {
  const filter = parseInput(historyQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
  return Response.json({ endpoints: listCreatedEndpoints(filter) });
});

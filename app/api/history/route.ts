// Every endpoint the dashboard created, filtered by domain and name.
import { listCreatedEndpoints } from "@/lib/db/created-endpoints";
import { apiRoute } from "@/lib/http/api-route";
import { historyQuerySchema } from "@/lib/endpoints/history-query";
import { parseInput } from "@/lib/http/read-input";

export const GET = apiRoute(async (request) => {
  const filter = parseInput(historyQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
  return Response.json({ endpoints: listCreatedEndpoints(filter) });
});

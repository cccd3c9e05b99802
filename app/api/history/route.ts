// Every endpoint the dashboard created, filtered by domain and name.
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput } from "@/lib/api/server/read-input";
import type { HistoryResponse } from "@/lib/history/contract";
import { historyQuerySchema } from "@/lib/history/schema";
import { listHistory } from "@/lib/history/server/list-history";

export const GET = apiRoute(async (request) => {
  const filter = parseInput(historyQuerySchema, Object.fromEntries(request.nextUrl.searchParams));
  return Response.json({ endpoints: await listHistory(filter) } satisfies HistoryResponse);
}, { access: "viewer" });

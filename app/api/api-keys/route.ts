// API keys: the signed-in person's (GET; admins add ?all=1 for everyone's) and a new one (POST),
// whose answer is the only place the key is ever shown.
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput, readJsonBody } from "@/lib/api/server/read-input";
import { requestAuditContext } from "@/lib/audit/server/context";
import type { ApiKeyCreatedResponse, ApiKeysResponse } from "@/lib/auth/api-keys-contract";
import { apiKeyListQuerySchema, newApiKeySchema } from "@/lib/auth/api-keys-schema";
import { hasRole } from "@/lib/auth/roles";
import { boundActor } from "@/lib/auth/server/actor";
import { createApiKey, listApiKeys } from "@/lib/auth/server/api-keys";

export const GET = apiRoute(async (request) => {
  const actor = boundActor(request)!;
  const everyone = parseInput(apiKeyListQuerySchema, Object.fromEntries(request.nextUrl.searchParams)).all === "1";
  if (everyone && !hasRole(actor.role, "admin")) throw new ApiError("forbidden", "Everyone's API keys are for admins; leave out ?all=1 to list your own.");
  return Response.json({ keys: await listApiKeys(actor, everyone) } satisfies ApiKeysResponse);
}, { access: "operator" });

export const POST = apiRoute(async (request) => {
  const input = await readJsonBody(request, newApiKeySchema, 4096);
  const created = await createApiKey(boundActor(request)!, input, requestAuditContext(request));
  return Response.json(created satisfies ApiKeyCreatedResponse, { status: 201 });
}, { access: "operator" });

// Revoking an API key: one's own, or (admins) anyone's. Another person's key is a 404 to a
// non-admin, as if it did not exist.
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput } from "@/lib/api/server/read-input";
import { requestAuditContext } from "@/lib/audit/server/context";
import { apiKeyIdParamsSchema } from "@/lib/auth/api-keys-schema";
import { boundActor } from "@/lib/auth/server/actor";
import { revokeApiKey } from "@/lib/auth/server/api-keys";

export const DELETE = apiRoute<{ keyId: string }>(async (request, params) => {
  const { keyId } = parseInput(apiKeyIdParamsSchema, params);
  await revokeApiKey(boundActor(request)!, keyId, requestAuditContext(request));
  return new Response(null, { status: 204 });
}, { access: "operator", resource: "API key" });

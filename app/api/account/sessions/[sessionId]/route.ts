// Ending one of one's own sessions (another browser or device).
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput } from "@/lib/api/server/read-input";
import { requestAuditContext } from "@/lib/audit/server/context";
import { endOwnSession, personActor } from "@/lib/auth/server/account";
import { boundActor } from "@/lib/auth/server/actor";
import { accountIdSchema } from "@/lib/auth/users-schema";

export const DELETE = apiRoute<{ sessionId: string }>(
  async (request, params) => {
    const actor = personActor(boundActor(request));
    await endOwnSession(requestAuditContext(request), actor, parseInput(accountIdSchema, params.sessionId));
    return new Response(null, { status: 204 });
  },
  { access: "viewer", resource: "session" },
);

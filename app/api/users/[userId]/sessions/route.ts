// Ending every session of a person (a lost laptop, someone leaving): their next request with
// any old cookie gets 401. Admins only.
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput } from "@/lib/api/server/read-input";
import { requestAuditContext } from "@/lib/audit/server/context";
import { endUserSessions } from "@/lib/auth/server/user-changes";
import type { UserResponse } from "@/lib/auth/users-contract";
import { accountIdSchema } from "@/lib/auth/users-schema";

export const DELETE = apiRoute<{ userId: string }>(
  async (request, params) => {
    const user = await endUserSessions(requestAuditContext(request), parseInput(accountIdSchema, params.userId));
    return Response.json({ user } satisfies UserResponse);
  },
  { access: "admin", resource: "user" },
);

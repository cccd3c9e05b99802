// Changing a person's role or disabling/enabling them. Admins only; nobody disables or
// demotes themself, and the last enabled admin stays one (409).
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput, readJsonBody } from "@/lib/api/server/read-input";
import { requestAuditContext } from "@/lib/audit/server/context";
import { boundActor } from "@/lib/auth/server/actor";
import { changeUser } from "@/lib/auth/server/user-changes";
import type { UserResponse } from "@/lib/auth/users-contract";
import { accountIdSchema, userChangeSchema } from "@/lib/auth/users-schema";

export const PATCH = apiRoute<{ userId: string }>(
  async (request, params) => {
    const userId = parseInput(accountIdSchema, params.userId);
    const change = await readJsonBody(request, userChangeSchema, 1024);
    const user = await changeUser(requestAuditContext(request), boundActor(request)!.userId, userId, change);
    return Response.json({ user } satisfies UserResponse);
  },
  { access: "admin", resource: "user" },
);

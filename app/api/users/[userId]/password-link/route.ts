// A fresh link for a person to set their password (a lost password, an invitation that
// expired), answered once to the admin who asked. Admins only.
import { apiRoute } from "@/lib/api/server/api-route";
import { parseInput } from "@/lib/api/server/read-input";
import { requestAuditContext } from "@/lib/audit/server/context";
import { makePasswordLink } from "@/lib/auth/server/users";
import type { PasswordLinkResponse } from "@/lib/auth/users-contract";
import { accountIdSchema } from "@/lib/auth/users-schema";

export const POST = apiRoute<{ userId: string }>(
  async (request, params) => {
    const link = await makePasswordLink(requestAuditContext(request), parseInput(accountIdSchema, params.userId));
    return Response.json(link satisfies PasswordLinkResponse, { status: 201 });
  },
  { access: "admin", resource: "user" },
);

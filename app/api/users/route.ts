// The people who can sign in (GET), and adding one (POST): with a password, or answered with
// an invitation link shown once. Admins only.
import { apiRoute } from "@/lib/api/server/api-route";
import { readJsonBody } from "@/lib/api/server/read-input";
import { requestAuditContext } from "@/lib/audit/server/context";
import { addUser, listUsers } from "@/lib/auth/server/users";
import type { UserCreatedResponse, UsersResponse } from "@/lib/auth/users-contract";
import { newUserSchema } from "@/lib/auth/users-schema";

export const GET = apiRoute(async () => Response.json({ users: await listUsers() } satisfies UsersResponse), { access: "admin" });

export const POST = apiRoute(
  async (request) => {
    const input = await readJsonBody(request, newUserSchema, 4096);
    return Response.json((await addUser(requestAuditContext(request), input)) satisfies UserCreatedResponse, { status: 201 });
  },
  { access: "admin", resource: "user" },
);

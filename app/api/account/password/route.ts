// Changing one's own password; the person's other sessions end, this one stays.
import { apiRoute } from "@/lib/api/server/api-route";
import { readJsonBody } from "@/lib/api/server/read-input";
import { requestAuditContext } from "@/lib/audit/server/context";
import { changeOwnPassword, personActor } from "@/lib/auth/server/account";
import { boundActor } from "@/lib/auth/server/actor";
import { passwordChangeSchema } from "@/lib/auth/users-schema";

export const POST = apiRoute(
  async (request) => {
    const actor = personActor(boundActor(request));
    const input = await readJsonBody(request, passwordChangeSchema, 2048);
    await changeOwnPassword(requestAuditContext(request), request, actor, input);
    return new Response(null, { status: 204 });
  },
  { access: "viewer" },
);

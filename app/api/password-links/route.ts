// Setting a password from an invitation or reset link (the public /set-password page). The
// token is the credential here, so no session is needed; each link works once.
import { apiRoute } from "@/lib/api/server/api-route";
import { readJsonBody } from "@/lib/api/server/read-input";
import { setPasswordFromLink } from "@/lib/auth/server/password-links";
import { passwordFromLinkSchema } from "@/lib/auth/users-schema";
import { clientAddress } from "@/lib/server/client-address";

export const POST = apiRoute(
  async (request) => {
    const input = await readJsonBody(request, passwordFromLinkSchema, 2048);
    return Response.json(await setPasswordFromLink(clientAddress(request), input));
  },
  { access: "public" },
);

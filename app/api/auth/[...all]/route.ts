// Better Auth's HTTP handler, for the one path we need from it: the identity provider's
// callback. Every other path of it answers 404 (a whitelist), so signing in by password only
// goes through our throttled /api/session, and no admin or key endpoint is reachable here.
import type { NextRequest } from "next/server";
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/server/api-route";
import { OIDC_CALLBACK_PATH } from "@/lib/auth/server/oidc";
import { handleSsoCallback } from "@/lib/auth/server/sso-sign-in";
import { getEnv } from "@/lib/env";

const notFound = () => {
  throw new ApiError("not_found", "There is no such API route.");
};

export const GET = apiRoute(
  async (request: NextRequest) => (getEnv().oidc && request.nextUrl.pathname === OIDC_CALLBACK_PATH ? handleSsoCallback(request) : notFound()),
  { access: "public" },
);

const refused = apiRoute(async () => notFound(), { access: "public" });
export { refused as DELETE, refused as PATCH, refused as POST, refused as PUT };

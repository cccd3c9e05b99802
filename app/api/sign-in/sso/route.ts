// Single sign-on, first leg: redirects to the identity provider (the sign-in page links here).
import type { NextRequest } from "next/server";
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/server/api-route";
import { isRouterFetch, startSsoSignIn } from "@/lib/auth/server/sso-sign-in";
import { getEnv } from "@/lib/env";

export const GET = apiRoute(
  async (request: NextRequest) => {
    if (!getEnv().oidc) throw new ApiError("not_found", "Single sign-on is not configured here.");
    // Nothing started and no cookie: a router fetch that gets no page loads the URL itself.
    if (isRouterFetch(request.headers)) return new Response(null, { status: 204 });
    const { location, headers } = await startSsoSignIn(request, request.nextUrl.searchParams.get("next"));
    headers.set("Location", location);
    return new Response(null, { status: 302, headers });
  },
  { access: "public" },
);

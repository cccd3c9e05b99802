// Pages: each needs the role lib/auth/page-access.ts names for it. Without a session a page
// redirects to sign-in; with too small a role it answers 403 with the forbidden page. Every
// page answer gets the security headers, with a fresh CSP nonce. API routes are not matched
// here: each handler checks its own access and sets its headers (lib/api/server/api-route.ts),
// which keeps this extra step off every API call; e2e/roles.spec.ts walks every route × role,
// and e2e/security-headers.spec.ts checks every answer's headers. Proxy runs in Node.js (Next
// 16's default), so it reads the sessions in the database like any handler.
import { type NextRequest, NextResponse } from "next/server";
import { createNonce, pageContentSecurityPolicy, pageSecurityHeaders, setHeaders } from "@/lib/api/server/security-headers";
import { resolveActor } from "@/lib/auth/server/actor";
import { pageAccess } from "@/lib/auth/page-access";
import { hasRole } from "@/lib/auth/roles";

export async function proxy(request: NextRequest) {
  const csp = pageContentSecurityPolicy(createNonce());
  return setHeaders(await route(request, csp), pageSecurityHeaders(csp));
}

async function route(request: NextRequest, csp: string): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  // Next reads the nonce from the request's CSP header and puts it on the scripts it writes.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  // A path no page serves (the 404 page, look-alikes of public files) still needs a session.
  const access = pageAccess(pathname)?.access ?? "viewer";
  if (access === "public") return NextResponse.next({ request: { headers } });
  const actor = await resolveActor(request.headers);
  if (!actor) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  if (!hasRole(actor.role, access)) {
    headers.set("x-dashboard-needs-role", access);
    return NextResponse.rewrite(new URL("/forbidden", request.url), { status: 403, request: { headers } });
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the API, Next's own static assets or the files in public/. Next reads this
  // at build time, so it must stay a literal. The public files are matched exactly (dots
  // escaped, anchored): a look-alike path such as /robots.txt.bak still needs a session. A new
  // file in public/ must be added here; e2e/public-files.spec.ts fails until it is.
  matcher: ["/((?!api/|_next/static|_next/image|(?:favicon\\.ico|icon\\.svg|apple-touch-icon\\.png|robots\\.txt)$).*)"],
};

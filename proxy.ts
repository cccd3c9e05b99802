// Pages without a valid session redirect to sign-in, and every page answer gets the security
// headers, with a fresh CSP nonce. API routes are not matched here: each handler checks the
// session and sets its headers itself (lib/api/server/api-route.ts), which keeps this extra step
// off every API call; e2e/sessions.spec.ts proves every route, page or API, refuses, and
// e2e/security-headers.spec.ts that every answer carries its headers. Proxy runs in Node.js
// (Next 16's default), so it reads the server's configuration like any handler.
import { type NextRequest, NextResponse } from "next/server";
import { createNonce, pageContentSecurityPolicy, pageSecurityHeaders, setHeaders } from "@/lib/api/server/security-headers";
import { isValidSession, SESSION_COOKIE } from "@/lib/auth/server/session";

const PUBLIC_PATHS = new Set(["/sign-in"]);

export async function proxy(request: NextRequest) {
  const csp = pageContentSecurityPolicy(createNonce());
  return setHeaders(await route(request, csp), pageSecurityHeaders(csp));
}

async function route(request: NextRequest, csp: string): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.has(pathname) || (await isValidSession(request.cookies.get(SESSION_COOKIE)?.value))) {
    // Next reads the nonce from the request's CSP header and puts it on the scripts it writes.
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", csp);
    return NextResponse.next({ request: { headers } });
  }
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Pages only: not the API, Next's own static assets or the files in public/. Next reads this
  // at build time, so it must stay a literal. The public files are matched exactly (dots
  // escaped, anchored): a look-alike path such as /robots.txt.bak still needs a session. A new
  // file in public/ must be added here; e2e/public-files.spec.ts fails until it is.
  matcher: ["/((?!api/|_next/static|_next/image|(?:favicon\\.ico|icon\\.svg|apple-touch-icon\\.png|robots\\.txt)$).*)"],
};

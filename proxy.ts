// Pages without a valid session redirect to sign-in. API routes are not matched here: each
// handler checks the session itself (lib/api/server/api-route.ts), which keeps this extra step
// off every API call; e2e/sessions.spec.ts proves every route, page or API, refuses.
import { type NextRequest, NextResponse } from "next/server";
import { isValidSession, SESSION_COOKIE } from "@/lib/auth/server/session";

const PUBLIC_PATHS = new Set(["/sign-in"]);

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.has(pathname)) return NextResponse.next();
  if (await isValidSession(request.cookies.get(SESSION_COOKIE)?.value)) return NextResponse.next();

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

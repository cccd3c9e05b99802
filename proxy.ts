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
  // Pages only: not the API, Next's own static assets or public files.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};

// First gate: without a valid session, pages redirect to sign-in and API routes answer 401.
// Route handlers and the dashboard layout check the session again on their own, so
// nothing depends on this file alone.
import { type NextRequest, NextResponse } from "next/server";
import { isValidSession, SESSION_COOKIE } from "@/lib/auth/session";

const PUBLIC_PATHS = new Set(["/sign-in", "/api/session"]);

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.has(pathname)) return NextResponse.next();
  if (await isValidSession(request.cookies.get(SESSION_COOKIE)?.value)) return NextResponse.next();

  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: { code: "unauthenticated", message: "Sign in to use the dashboard." } }, { status: 401 });
  }
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("next", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything but Next's own static assets and public files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};

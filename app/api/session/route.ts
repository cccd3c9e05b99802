// Sign-in (POST), the signed-in person (GET) and sign-out (DELETE).
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/roles";
import { sessionCookieLifetime } from "@/lib/auth/server/auth";
import { signInWithPassword, signOut } from "@/lib/auth/server/sign-in";
import { boundActor } from "@/lib/auth/server/actor";
import type { SessionResponse } from "@/lib/auth/contract";
import { apiRoute } from "@/lib/api/server/api-route";
import { readJsonBody } from "@/lib/api/server/read-input";

const signInSchema = z.object({
  email: z.email({ error: "Enter your email address, e.g. you@example.com" }).max(254),
  password: z.string({ error: "Password is required" }).min(1, "Password is required").max(MAX_PASSWORD_LENGTH),
});

export const POST = apiRoute(
  async (request: NextRequest) => {
    const credentials = await readJsonBody(request, signInSchema, 4096);
    const headers = await signInWithPassword(request, credentials);
    return withCookies(new NextResponse(null, { status: 204 }), sessionCookieLifetime(headers.getSetCookie()));
  },
  { access: "public" },
);

export const GET = apiRoute(
  async (request: NextRequest) => {
    const actor = boundActor(request)!;
    return NextResponse.json({ user: { id: actor.userId, email: actor.email, role: actor.role }, via: actor.type } satisfies SessionResponse);
  },
  { access: "viewer" },
);

// Public: signing out with no session (or a dead one) still clears the cookie.
export const DELETE = apiRoute(
  async (request: NextRequest) => withCookies(new NextResponse(null, { status: 204 }), (await signOut(request)).getSetCookie()),
  { access: "public" },
);

function withCookies(response: NextResponse, cookies: readonly string[]): NextResponse {
  for (const cookie of cookies) response.headers.append("Set-Cookie", cookie);
  return response;
}

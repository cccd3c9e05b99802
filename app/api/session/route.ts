// Sign-in (POST) and sign-out (DELETE) of the admin session.
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { z } from "zod";
import { checkAdminPassword } from "@/lib/auth/server/check-password";
import { isHttps, SESSION_COOKIE, sealSession, sessionCookieOptions } from "@/lib/auth/server/session";
import { getEnv } from "@/lib/env";
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/server/api-route";
import { readJsonBody } from "@/lib/api/server/read-input";

const signInSchema = z.object({ password: z.string({ error: "Password is required" }).min(1, "Password is required").max(1024) });

export const POST = apiRoute(
  async (request: NextRequest) => {
    const { password } = await readJsonBody(request, signInSchema, 4096);
    // Without a trusted proxy every client shares one key: a guesser cannot dodge the
    // throttle by inventing X-Forwarded-For values.
    const forwardedFor = getEnv().trustProxy ? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
    const clientKey = forwardedFor || "direct";
    const check = await checkAdminPassword(clientKey, password);
    if (!check.ok && check.retryAfterSeconds) {
      throw new ApiError("too_many_attempts", `Too many wrong passwords. Try again in ${check.retryAfterSeconds} s.`, undefined, {
        "Retry-After": String(check.retryAfterSeconds),
      });
    }
    if (!check.ok) throw new ApiError("wrong_password", "That password is not right.", { password: "That password is not right." });
    const response = new NextResponse(null, { status: 204 });
    response.cookies.set(SESSION_COOKIE, await sealSession(), sessionCookieOptions(isHttps(request)));
    return response;
  },
  { public: true },
);

export const DELETE = apiRoute(
  async (request: NextRequest) => {
    const response = new NextResponse(null, { status: 204 });
    response.cookies.set(SESSION_COOKIE, "", { ...sessionCookieOptions(isHttps(request)), maxAge: 0 });
    return response;
  },
  { public: true },
);

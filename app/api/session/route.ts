// Sign-in (POST) and sign-out (DELETE) of the admin session.
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { z } from "zod";
import { requestAuditContext } from "@/lib/audit/server/context";
import { recordAudit } from "@/lib/audit/server/record";
import { checkAdminPassword } from "@/lib/auth/server/check-password";
import { isHttps, isValidSession, SESSION_COOKIE, sealSession, sessionCookieOptions } from "@/lib/auth/server/session";
import { ApiError } from "@/lib/api/api-error";
import { apiRoute } from "@/lib/api/server/api-route";
import { readJsonBody } from "@/lib/api/server/read-input";

const signInSchema = z.object({ password: z.string({ error: "Password is required" }).min(1, "Password is required").max(1024) });

export const POST = apiRoute(
  async (request: NextRequest) => {
    const { password } = await readJsonBody(request, signInSchema, 4096);
    // Keyed on the address our last trusted proxy saw; without one every client shares one
    // key: a guesser cannot dodge the throttle by inventing X-Forwarded-For values.
    const audit = requestAuditContext(request);
    const check = await checkAdminPassword(audit.sourceAddress ?? "direct", password);
    if (!check.ok) recordAudit(audit, "sign-in", { outcome: "failed", errorCode: check.retryAfterSeconds ? "too_many_attempts" : "wrong_password" });
    if (!check.ok && check.retryAfterSeconds) {
      throw new ApiError("too_many_attempts", `Too many wrong passwords. Try again in ${check.retryAfterSeconds} s.`, undefined, {
        "Retry-After": String(check.retryAfterSeconds),
      });
    }
    if (!check.ok) throw new ApiError("wrong_password", "That password is not right.", { password: "That password is not right." });
    recordAudit(audit, "sign-in");
    const response = new NextResponse(null, { status: 204 });
    response.cookies.set(SESSION_COOKIE, await sealSession(), sessionCookieOptions(isHttps(request)));
    return response;
  },
  { public: true },
);

export const DELETE = apiRoute(
  async (request: NextRequest) => {
    // Only a signed-in sign-out is recorded: anyone may call this public route.
    if (await isValidSession(request.cookies.get(SESSION_COOKIE)?.value)) recordAudit(requestAuditContext(request), "sign-out");
    const response = new NextResponse(null, { status: 204 });
    response.cookies.set(SESSION_COOKIE, "", { ...sessionCookieOptions(isHttps(request)), maxAge: 0 });
    return response;
  },
  { public: true },
);

import "server-only";
// Signing in with email and password, and out: Better Auth checks the password and keeps the
// session; around it, the throttle (reserved before the compare) and the audit entries.
import { isAPIError } from "better-auth/api";
import { ApiError } from "@/lib/api/api-error";
import { recordAudit } from "@/lib/audit/server/record";
import { getDb } from "@/lib/db/database";
import { getEnv } from "@/lib/env";
import { processSingleton } from "@/lib/server/process-singleton";
import { clientAddress } from "@/lib/server/client-address";
import { authHeaders, auditActor, resolveActor } from "./actor";
import { getAuth } from "./auth";
import { SignInThrottle } from "./sign-in-throttle";

const throttle = () => processSingleton("sign-in-throttle", () => new SignInThrottle(getDb));

/** Signs in; answers the headers that set the session cookie, or throws an ApiError. */
export async function signInWithPassword(request: Request, credentials: { email: string; password: string }): Promise<Headers> {
  if (!getEnv().passwordSignIn) throw new ApiError("password_sign_in_off", "Password sign-in is off here: use single sign-on.");
  const sourceAddress = clientAddress(request);
  const anonymous = { actor: { type: "anonymous" as const }, sourceAddress };
  const email = credentials.email.trim().toLowerCase();
  const reservation = await throttle().reserve(email, sourceAddress);
  if (!reservation.ok) {
    await recordAudit(anonymous, "sign-in", { target: { userEmail: email }, outcome: "failed", errorCode: "too_many_attempts" });
    throw new ApiError("too_many_attempts", `Too many wrong passwords. Try again in ${reservation.retryAfterSeconds} s.`, undefined, {
      "Retry-After": String(reservation.retryAfterSeconds),
    });
  }
  try {
    const { headers, response } = await getAuth().api.signInEmail({
      body: { email, password: credentials.password, rememberMe: true },
      headers: authHeaders(request),
      returnHeaders: true,
    });
    await reservation.settle("right");
    await recordAudit({ actor: { type: "user", id: response.user.id, email: response.user.email }, sourceAddress }, "sign-in", { target: { userEmail: response.user.email } });
    return headers;
  } catch (error) {
    if (!isAPIError(error)) {
      await reservation.settle("wrong");
      throw error;
    }
    const disabled = error.status === "FORBIDDEN";
    await reservation.settle(disabled ? "right" : "wrong");
    await recordAudit(anonymous, "sign-in", { target: { userEmail: email }, outcome: "failed", errorCode: disabled ? "account_disabled" : "wrong_password" });
    if (disabled) throw new ApiError("account_disabled", "This account is disabled. Ask an admin to enable it.");
    // The same words for an unknown email and a wrong password: nothing says which accounts exist.
    throw new ApiError("wrong_password", "That email and password do not match an account.", { password: "That email and password do not match an account." });
  }
}

/** Ends the request's session on the server; answers the headers that clear the cookie. */
export async function signOut(request: Request): Promise<Headers> {
  const actor = await resolveActor(request.headers);
  const { headers } = await getAuth().api.signOut({ headers: authHeaders(request), returnHeaders: true });
  if (actor?.type === "user") await recordAudit({ actor: auditActor(actor), sourceAddress: clientAddress(request) }, "sign-out");
  return headers;
}

import "server-only";
// Single sign-on, both legs. Start: Better Auth makes the state (a cookie, plus PKCE and nonce)
// and the identity provider's URL, and we redirect there. Callback: Better Auth's own handler,
// with the client address as we trust it; around it, the audit entry, and errors mapped to a
// code the sign-in page explains (its own `error` redirect would land on a path we don't serve).
import { isAPIError } from "better-auth/api";
import { recordAudit } from "@/lib/audit/server/record";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import type { SsoErrorCode } from "@/lib/auth/sso-errors";
import { clientAddress } from "@/lib/server/client-address";
import { authHeaders } from "./actor";
import { getAuth, sessionCookieLifetime } from "./auth";
import { OIDC_PROVIDER_ID } from "./oidc";
import { runSsoCallback, type SsoCallbackState } from "./sso-callback-state";

/**
 * A fetch by Next's client router or a browser's prefetch, not a person's click: a prefetch, or
 * the router's own request for a page's payload (RSC). Starting a sign-in for one would set a
 * state cookie that replaces the one the click's sign-in needs.
 */
export function isRouterFetch(headers: Headers): boolean {
  if (headers.has("rsc") || headers.has("next-router-prefetch")) return true;
  return /prefetch|prerender/i.test(`${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""}`);
}

/** Where the browser goes to sign in at the identity provider; with the state cookie to set. */
export async function startSsoSignIn(request: Request, next: string | null): Promise<{ location: string; headers: Headers }> {
  const target = safeNextPath(next ?? undefined);
  try {
    const { headers, response } = await getAuth().api.signInSocial({
      body: { provider: OIDC_PROVIDER_ID, callbackURL: target, errorCallbackURL: signInPath(target), disableRedirect: true },
      headers: authHeaders(request),
      returnHeaders: true,
    });
    if (response.url) return { location: response.url, headers };
  } catch (error) {
    // Not found: discovery failed when the server started, so the provider was never added.
    if (!isAPIError(error)) throw error;
  }
  await recordAudit({ actor: { type: "anonymous" }, sourceAddress: clientAddress(request) }, "sign-in", { outcome: "failed", errorCode: "sso_unavailable", detail: { method: "sso" } });
  return { location: signInPath(target, "unavailable"), headers: new Headers() };
}

/** Hands the identity provider's callback to Better Auth; answers its redirect, adjusted. */
export async function handleSsoCallback(request: Request): Promise<Response> {
  const state: SsoCallbackState = {};
  // GET only, so there is no body to carry over.
  const forwarded = new Request(request.url, { method: "GET", headers: authHeaders(request) });
  const answer = await runSsoCallback(state, () => getAuth().handler(forwarded));
  const headers = new Headers();
  // The session cookie lasts the absolute lifetime, as after a password sign-in (auth.ts).
  for (const cookie of sessionCookieLifetime(answer.headers.getSetCookie())) headers.append("Set-Cookie", cookie);
  const sourceAddress = clientAddress(request);
  const location = answer.headers.get("location");

  if (state.signedIn && location) {
    const { userId, email, role, previousRole } = state.signedIn;
    await recordAudit({ actor: { type: "user", id: userId, email }, sourceAddress }, "sign-in", {
      target: { userEmail: email },
      detail: { method: "sso", role, ...(previousRole !== role ? { previousRole } : {}) },
    });
    headers.set("Location", location!);
  } else {
    const code = callbackError(location);
    await recordAudit({ actor: { type: "anonymous" }, sourceAddress }, "sign-in", {
      target: state.email ? { userEmail: state.email } : undefined,
      outcome: "failed",
      errorCode: code === "failed" ? `sso_${rawError(location) ?? "failed"}`.slice(0, 64) : code,
      detail: { method: "sso" },
    });
    headers.set("Location", signInPath(location ? nextOf(location) : "/", code));
  }
  return new Response(null, { status: 302, headers });
}

function signInPath(next: string, error?: SsoErrorCode): string {
  const query = new URLSearchParams();
  if (error) query.set("sso_error", error);
  if (next !== "/") query.set("next", next);
  const search = query.toString();
  return search ? `/sign-in?${search}` : "/sign-in";
}

/** Better Auth says how a callback failed with an `error` parameter on the redirect. */
function rawError(location: string | null): string | undefined {
  if (!location) return undefined;
  const value = new URL(location, "http://dashboard.invalid").searchParams.get("error");
  return value === null ? undefined : value.replace(/[^\w.-]/g, "_").slice(0, 48);
}

function callbackError(location: string | null): SsoErrorCode {
  const error = rawError(location);
  if (error === "BANNED_USER") return "account_disabled";
  if (error === "access_denied") return "access_denied";
  if (error === "account_not_linked") return "account_not_linked";
  if (error === "email_not_found") return "no_email";
  return "failed";
}

/** The `next` the error redirect carries (we put it there when the sign-in started). */
function nextOf(location: string): string {
  return safeNextPath(new URL(location, "http://dashboard.invalid").searchParams.get("next") ?? undefined);
}

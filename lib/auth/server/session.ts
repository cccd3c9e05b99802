import "server-only";
// The admin session: an iron-session seal (encrypted and signed with SESSION_SECRET) in an
// httpOnly, SameSite=Lax cookie, Secure when the dashboard is served over https.
import { sealData, unsealData } from "iron-session";
import { getEnv } from "@/lib/env";

export const SESSION_COOKIE = "catapult_dash_session";
export const SESSION_TTL_SECONDS = 12 * 60 * 60;

interface SessionData {
  admin: true;
  signedInAt: number;
}

export async function sealSession(): Promise<string> {
  const data: SessionData = { admin: true, signedInAt: Date.now() };
  return sealData(data, { password: getEnv().sessionSecret, ttl: SESSION_TTL_SECONDS });
}

// Seals already verified, with the time they stop being valid. A browser sends the same
// cookie with every request; checking it once saves the crypto on every later call.
const verified = new Map<string, number>();
const MAX_VERIFIED = 1000;

/** True only for a seal we made that has not expired; a forged, altered or old cookie is false. */
export async function isValidSession(seal: string | undefined): Promise<boolean> {
  if (!seal) return false;
  const known = verified.get(seal);
  if (known !== undefined) {
    if (Date.now() < known) return true;
    verified.delete(seal);
    return false;
  }
  try {
    const data = await unsealData<Partial<SessionData>>(seal, { password: getEnv().sessionSecret, ttl: SESSION_TTL_SECONDS });
    if (data.admin !== true || typeof data.signedInAt !== "number") return false;
    const expiresAt = data.signedInAt + SESSION_TTL_SECONDS * 1000;
    if (Date.now() >= expiresAt) return false;
    if (verified.size >= MAX_VERIFIED) verified.delete(verified.keys().next().value!);
    verified.set(seal, expiresAt);
    return true;
  } catch {
    return false;
  }
}

export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: SESSION_TTL_SECONDS };
}

/** https as the browser sees it, also behind a TLS-terminating proxy. */
export function isHttps(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto");
  return (forwarded ?? new URL(request.url).protocol.replace(":", "")).split(",")[0]?.trim() === "https";
}

import "server-only";
// Accounts, sessions and API keys: Better Auth, on the dashboard's own database and its one
// Kysely instance, SQLite or Postgres (its tables are created by our migrations: 4 in
// lib/db/migrations.ts, 6 in lib/db/migrations-postgres.ts, never by its CLI). We call it from our own routes (auth.api.*), so
// sign-in keeps our throttle, body cap, audit entries and error envelope; only the single
// sign-on redirects reach its HTTP handler (app/api/auth/[...all]/route.ts).
//
// Sessions live in the database, so signing out, a password change or disabling a user ends
// them at once: there is no cookie cache. `expiresIn` is the idle timeout (each use slides it,
// at most once a minute); the absolute lifetime is checked in ./actor.ts. The cookie itself lives
// that long (sessionCookieLifetime), since the server, not the browser, decides when a session
// has gone idle: a slid expiry is never sent back to the browser.
import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { admin } from "better-auth/plugins/admin";
import { getDb } from "@/lib/db/database";
import { dialectOf } from "@/lib/db/dialect";
import { getEnv, type ServerEnv } from "@/lib/env";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/roles";
import { API_KEY_MAX_DAYS, API_KEY_NAME_MAX, API_KEY_START_LENGTH } from "@/lib/auth/api-keys-contract";
import { processSingleton } from "@/lib/server/process-singleton";
import { oidcPlugins } from "./oidc";

/** The header our routes set to the trusted client address; Better Auth stores it on the session. */
export const CLIENT_ADDRESS_HEADER = "x-dashboard-client-address";

/** Where invitation and password links point (PUBLIC_URL, else this machine). */
export function dashboardOrigin(env: ServerEnv = getEnv()): string {
  return env.publicUrl ?? `http://localhost:${env.port}`;
}

/** The session cookie's name: `__Host-` (Secure, host-only, path /) when PUBLIC_URL is https. */
export function sessionCookieName(env: ServerEnv = getEnv()): string {
  return secureCookies(env) ? "__Host-catapult_dash_session" : "catapult_dash_session";
}

/**
 * The Set-Cookie values of a sign-in with the session cookie's Max-Age set to the absolute
 * lifetime. Better Auth writes the idle timeout there, which would end an active person's
 * cookie in the browser after 30 minutes whatever the server's sliding expiry says.
 */
export function sessionCookieLifetime(setCookies: readonly string[], env: ServerEnv = getEnv()): string[] {
  const name = `${sessionCookieName(env)}=`;
  return setCookies.map((cookie) =>
    cookie.startsWith(name) && !cookie.startsWith(`${name};`) ? cookie.replace(/;\s*Max-Age=\d+/i, `; Max-Age=${env.sessions.maxHours * 3600}`) : cookie,
  );
}

/** Secure cookies follow PUBLIC_URL, never a request header a client could write. */
function secureCookies(env: ServerEnv): boolean {
  return env.publicUrl?.startsWith("https://") ?? false;
}

/** How long an invitation or reset link stays valid. */
export const PASSWORD_LINK_SECONDS = 3 * 24 * 60 * 60;

// Password links are not mailed: the admin who asks for one is shown it (lib/auth/server/users.ts).
// One map per process, not per module copy: Next bundles each route apart, and the instance
// that stores a link may come from another route's bundle than the one taking it.
const resetLinks = () => processSingleton("password-reset-links", () => new Map<string, string>());

/** The link Better Auth made for `email`'s last invitation or reset, taken once. */
export function takeResetLink(email: string): string | undefined {
  const link = resetLinks().get(email);
  resetLinks().delete(email);
  return link;
}

// A wrong, revoked or expired API key is answered 401 like a wrong password, not logged as an
// error: a script retrying with an old key would otherwise fill the log. Nothing of the key is
// in what Better Auth logs here either way.
function logAuthEvent(level: "debug" | "info" | "warn" | "error", message: string, ...args: unknown[]): void {
  if (message.startsWith("Failed to validate API key") && (args[0] as { statusCode?: number } | undefined)?.statusCode === 401) return;
  (level === "error" ? console.error : level === "warn" ? console.warn : console.log)(`[auth] ${message}`, ...args);
}

export function authOptions(env: ServerEnv) {
  const secure = secureCookies(env);
  return {
    appName: "Catapult Endpoints",
    baseURL: dashboardOrigin(env),
    basePath: "/api/auth",
    secret: env.sessionSecret,
    trustedOrigins: [dashboardOrigin(env)],
    telemetry: { enabled: false },
    // Our own throttle guards sign-in (./sign-in-throttle.ts); the rest needs a session.
    rateLimit: { enabled: false },
    logger: { level: "error" as const, log: logAuthEvent },
    user: { modelName: "auth_user" },
    session: {
      modelName: "auth_session",
      expiresIn: env.sessions.idleMinutes * 60,
      updateAge: Math.min(60, env.sessions.idleMinutes * 30),
      cookieCache: { enabled: false },
    },
    // Single sign-on joins an account an admin added by email only when the identity provider
    // says it verified that email (email_verified): no provider is trusted blindly (lib/auth/server/oidc.ts).
    // Our own accounts are never "verified" (no mail is sent), so that check is not asked of them.
    account: { modelName: "auth_account", encryptOAuthTokens: true, accountLinking: { enabled: true, requireLocalEmailVerified: false } },
    verification: { modelName: "auth_verification", storeIdentifier: "hashed" as const },
    emailAndPassword: {
      enabled: true,
      // Accounts are made by an admin (the Users page, `npm run user`), never by sign-up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: PASSWORD_LINK_SECONDS,
      sendResetPassword: async ({ user, token }: { user: { email: string }; token: string }) => {
        resetLinks().set(user.email, `${dashboardOrigin(env)}/set-password?token=${encodeURIComponent(token)}`);
      },
    },
    advanced: {
      useSecureCookies: false,
      cookies: { session_token: { name: sessionCookieName(env), attributes: { secure, sameSite: "lax" as const, httpOnly: true, path: "/" } } },
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    plugins: [
      admin({ defaultRole: "viewer", adminRoles: ["admin"], bannedUserMessage: "This account is disabled. Ask an admin to enable it." }),
      apiKey({
        schema: { apikey: { modelName: "auth_apikey" } },
        // Automation keys are paced by the Catapult budget, not by a count per key.
        rateLimit: { enabled: false },
        defaultPrefix: "cdk_",
        // The list shows "cdk_" and four more characters: enough to tell keys apart, useless to use.
        startingCharactersConfig: { shouldStore: true, charactersLength: API_KEY_START_LENGTH },
        requireName: true,
        maximumNameLength: API_KEY_NAME_MAX,
        keyExpiration: { maxExpiresIn: API_KEY_MAX_DAYS },
        enableMetadata: false,
      }),
      ...oidcPlugins(env),
    ],
  };
}

function createAuth(env: ServerEnv) {
  // The same instance as ours: on SQLite its one connection is shared, so Better Auth's
  // transactions and ours take turns instead of nesting on it.
  const db = getDb();
  return betterAuth({ ...authOptions(env), database: { db, type: dialectOf(db), transaction: true } });
}

export type Auth = ReturnType<typeof createAuth>;

/** The process's one Better Auth instance, on the shared database connection. */
export function getAuth(): Auth {
  return processSingleton("auth", () => createAuth(getEnv()));
}

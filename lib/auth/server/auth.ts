import "server-only";
// Accounts, sessions and API keys: Better Auth, on the dashboard's own database (its tables
// are migration 4 in lib/db/migrations.ts). We call it from our own routes (auth.api.*), so
// sign-in keeps our throttle, body cap, audit entries and error envelope; only the single
// sign-on redirects reach its HTTP handler (app/api/auth/[...all]/route.ts).
//
// Sessions live in the database, so signing out, a password change or disabling a user ends
// them at once: there is no cookie cache. `expiresIn` is the idle timeout (each use slides it,
// at most once a minute); the absolute lifetime is checked in ./actor.ts, and the cookie itself
// lives that long, since the server, not the browser, decides when a session has gone idle.
import { apiKey } from "@better-auth/api-key";
import { betterAuth } from "better-auth";
import { admin } from "better-auth/plugins/admin";
import { getDb } from "@/lib/db/database";
import { getEnv, type ServerEnv } from "@/lib/env";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/roles";
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

/** Secure cookies follow PUBLIC_URL, never a request header a client could write. */
function secureCookies(env: ServerEnv): boolean {
  return env.publicUrl?.startsWith("https://") ?? false;
}

// Password links are not mailed: the admin who asks for one is shown it (lib/auth/server/users.ts).
const resetLinks = new Map<string, string>();

/** The link Better Auth made for `email`'s last invitation or reset, taken once. */
export function takeResetLink(email: string): string | undefined {
  const link = resetLinks.get(email);
  resetLinks.delete(email);
  return link;
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
    logger: { level: "error" as const },
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
      // Invitation and reset links stay valid for three days.
      resetPasswordTokenExpiresIn: 3 * 24 * 60 * 60,
      sendResetPassword: async ({ user, token }: { user: { email: string }; token: string }) => {
        resetLinks.set(user.email, `${dashboardOrigin(env)}/set-password?token=${encodeURIComponent(token)}`);
      },
    },
    advanced: {
      useSecureCookies: false,
      cookies: { session_token: { name: sessionCookieName(env), attributes: { secure, sameSite: "lax" as const, httpOnly: true, path: "/", maxAge: env.sessions.maxHours * 3600 } } },
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    plugins: [
      admin({ defaultRole: "viewer", adminRoles: ["admin"], bannedUserMessage: "This account is disabled. Ask an admin to enable it." }),
      apiKey({
        schema: { apikey: { modelName: "auth_apikey" } },
        // Automation keys are paced by the Catapult budget, not by a count per key.
        rateLimit: { enabled: false },
        defaultPrefix: "cdk_",
        enableMetadata: false,
      }),
      ...oidcPlugins(env),
    ],
  };
}

function createAuth(env: ServerEnv) {
  return betterAuth({ ...authOptions(env), database: getDb() });
}

export type Auth = ReturnType<typeof createAuth>;

/** The process's one Better Auth instance, on the shared database connection. */
export function getAuth(): Auth {
  return processSingleton("auth", () => createAuth(getEnv()));
}

import "server-only";
// The one place configuration is read and validated. Secrets live only here and in the
// modules that receive them from here (the Catapult client, the session, the bulk vault).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, ROLES, type Role } from "@/lib/auth/roles";
import { readOrCreateSecretFile } from "@/lib/server/secret-file";

/** What the dashboard runs against when no Catapult account is configured (see sandbox/README.md). */
export const SANDBOX_DEFAULTS = {
  port: "4010",
  userId: "u-demo",
  apiToken: "t-demo-token",
  apiSecret: "demo-secret",
  adminEmail: "admin@example.com",
  adminPassword: "demo-admin-pass",
} as const;

/** `npm start` listens here unless HOST says otherwise: sandbox mode prints the demo password. */
export const DEFAULT_HOST = "127.0.0.1";

/** In sandbox mode the app follows the sandbox's own settings, so `npm start` needs none. */
function sandboxAccount(source: Record<string, string | undefined>) {
  return {
    baseUrl: `http://127.0.0.1:${source.SANDBOX_PORT || SANDBOX_DEFAULTS.port}`,
    userId: source.SANDBOX_USER_ID || SANDBOX_DEFAULTS.userId,
    apiToken: source.SANDBOX_API_TOKEN || SANDBOX_DEFAULTS.apiToken,
    apiSecret: source.SANDBOX_API_SECRET || SANDBOX_DEFAULTS.apiSecret,
  };
}

const REAL_CATAPULT_URL = "https://api.catapult.inetwork.com";

/** True for a URL on this machine; also for a non-URL, which the URL check reports on its own. */
function isLoopback(url: string): boolean {
  if (!URL.canParse(url)) return true;
  const { hostname } = new URL(url);
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** postgres:// or postgresql:// with a host; the password and options are pg's business. */
function isPostgresUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
}

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v));

/** A numeric variable: unset or blank means `fallback`. */
const numberVar = (fallback: number) =>
  optionalText.transform((v) => (v === undefined ? fallback : Number(v)));

const rawSchema = z.object({
  CATAPULT_BASE_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL" })
      // The API token and secret travel in every request: plain http only to this machine.
      .refine((url) => url.startsWith("https:") || isLoopback(url), "must be https (plain http is allowed only on this machine: localhost, 127.0.0.0/8, [::1])")
      .optional(),
  ),
  CATAPULT_USER_ID: optionalText,
  CATAPULT_API_TOKEN: optionalText,
  CATAPULT_API_SECRET: optionalText,
  CATAPULT_RATE_LIMIT: numberVar(1).pipe(z.number({ error: "must be a number" }).positive("must be a positive number").max(1000)),
  CATAPULT_TIMEOUT_MS: numberVar(15_000).pipe(z.number({ error: "must be a number" }).int().min(100).max(300_000)),
  // The first admin, created on a start with no users (lib/auth/server/bootstrap.ts).
  ADMIN_EMAIL: optionalText.pipe(z.email({ error: "must be an email address, e.g. admin@example.com" }).optional()),
  ADMIN_PASSWORD: optionalText.pipe(z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(MAX_PASSWORD_LENGTH, `must be at most ${MAX_PASSWORD_LENGTH} characters`).optional()),
  SESSION_IDLE_MINUTES: numberVar(30).pipe(z.number({ error: "must be a number of minutes" }).int("must be a whole number of minutes").min(1, "must be at least 1 minute").max(7 * 24 * 60, "must be at most a week (10080 minutes)")),
  SESSION_MAX_HOURS: numberVar(12).pipe(z.number({ error: "must be a number of hours" }).int("must be a whole number of hours").min(1, "must be at least 1 hour").max(24 * 90, "must be at most 90 days (2160 hours)")),
  OIDC_ISSUER: optionalText.pipe(z.url({ protocol: /^https?$/, error: "must be the identity provider's http(s) issuer URL" }).optional()),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_ROLE_CLAIM: optionalText.pipe(z.string().regex(/^[\w.:/-]{1,100}$/, "must be a claim name, e.g. dashboard_role").optional()),
  OIDC_DEFAULT_ROLE: optionalText.pipe(z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` }).default("viewer")),
  OIDC_NAME: optionalText.pipe(z.string().max(60, "must be at most 60 characters").default("single sign-on")),
  AUTH_PASSWORD_SIGNIN: optionalText.pipe(z.enum(["on", "off"], { error: "must be on or off" }).default("on")),
  SESSION_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  DATA_DIR: optionalText.pipe(z.string().default("./data")),
  DATABASE_PATH: optionalText,
  // Postgres for deployments of several instances; unset keeps the SQLite file. The URL holds a
  // password, so no message here repeats it.
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .refine(isPostgresUrl, "must be a Postgres URL: postgres://USER:PASSWORD@HOST:PORT/DATABASE (or unset it to use the SQLite file)")
      .optional(),
  ),
  ENCRYPTION_KEY: optionalText.pipe(
    z.string().regex(/^[0-9a-fA-F]{64}$/, "must be 64 hex characters (32 bytes)").optional(),
  ),
  // How many reverse proxies of ours stand in front (0: none). "true"/"false" are the old spellings of 1/0.
  TRUST_PROXY: optionalText.pipe(
    z
      .string()
      .transform((value) => (value === "true" ? "1" : value === "false" ? "0" : value))
      .pipe(z.string().regex(/^\d{1,2}$/, "must be a number of trusted proxy hops (0 to 99; true/false mean 1/0)"))
      .transform(Number)
      .optional(),
  ),
  // Audit entries older than this many days are pruned (hourly); unset keeps everything.
  AUDIT_RETENTION_DAYS: optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, "must be a whole number of days (unset keeps everything)")
      .transform(Number)
      .pipe(z.number().min(1, "must be at least 1 day").max(100_000, "must be at most 100,000 days"))
      .optional(),
  ),
  // An origin only: scheme, host and port. Browsers are told to remember https (HSTS) from this
  // setting, never from a request header a client could write.
  PUBLIC_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. https://dashboard.example.com" })
      .refine((url) => URL.canParse(url) && /^\/?$/.test(new URL(url).pathname) && !new URL(url).search && !new URL(url).hash, "must be an origin only (scheme, host and port), without a path")
      .optional(),
  ),
  PORT: numberVar(3000).pipe(z.number({ error: "must be a port number" }).int().min(1).max(65535)),
  // This instance's name to the others sharing the store (its bulk rows' lease holder); unset:
  // this machine's host name and PORT, unique among live instances and the same after a restart.
  INSTANCE_ID: optionalText.pipe(z.string().regex(/^[\w.:-]{1,100}$/, "must be 1 to 100 letters, digits, '.', ':', '-' or '_', different for each instance").optional()),
  // Read by scripts/start.mjs (`next start -H`); checked here so a typo stops start-up by name.
  HOST: optionalText.pipe(
    z.union([z.hostname(), z.ipv6()], { error: "must be a hostname or an IP address to listen on (e.g. 127.0.0.1, 0.0.0.0, ::)" }).default(DEFAULT_HOST),
  ),
});

export interface ServerEnv {
  mode: "sandbox" | "catapult";
  catapult: { baseUrl: string; userId: string; apiToken: string; apiSecret: string; ratePerSecond: number; timeoutMs: number };
  /**
   * The first admin, created on a start with no users. In sandbox mode it defaults to the demo
   * admin (`demo` true), whose password the sign-in page shows while that account has it.
   */
  bootstrapAdmin: { email: string; password: string | undefined; demo: boolean } | undefined;
  /** Whether ADMIN_EMAIL or ADMIN_PASSWORD was set (the start-up log says when they are ignored). */
  adminVarsSet: boolean;
  sessionSecret: string;
  sessions: { idleMinutes: number; maxHours: number };
  /** Password sign-in (AUTH_PASSWORD_SIGNIN=off leaves single sign-on alone). */
  passwordSignIn: boolean;
  /** OpenID Connect single sign-on, when OIDC_ISSUER is set. */
  oidc: { issuer: string; clientId: string; clientSecret: string; roleClaim: string | undefined; defaultRole: Role; name: string } | undefined;
  encryptionKey: Buffer;
  dataDir: string;
  /** The SQLite file, used when `databaseUrl` is unset. */
  databasePath: string;
  /** DATABASE_URL: all state in Postgres (a secret: it holds the password). */
  databaseUrl: string | undefined;
  port: number;
  /** This instance among those sharing the store (INSTANCE_ID, or host name and port). */
  instanceId: string;
  /** The dashboard's own origin (PUBLIC_URL), without a trailing slash; https turns on HSTS. */
  publicUrl: string | undefined;
  /** The address `npm start` listens on. */
  host: string;
  /** How many reverse proxies of ours append to X-Forwarded-For (0: none; lib/server/client-address.ts). */
  trustedProxyHops: number;
  /** Audit entries older than this are pruned; undefined keeps everything. */
  auditRetentionDays: number | undefined;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, detail: string) {
    super(`Configuration error: ${variable} ${detail}`);
    this.name = "ConfigError";
  }
}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = rawSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(String(issue?.path[0] ?? "environment"), issue?.message ?? "is invalid");
  }
  const raw = parsed.data;
  const accountVars = ["CATAPULT_USER_ID", "CATAPULT_API_TOKEN", "CATAPULT_API_SECRET"] as const;
  const configured = accountVars.some((name) => raw[name] !== undefined) || raw.CATAPULT_BASE_URL !== undefined;
  const missing = accountVars.find((name) => raw[name] === undefined);
  if (configured && missing) {
    throw new ConfigError(missing, "is not set: a Catapult account needs CATAPULT_USER_ID, CATAPULT_API_TOKEN and CATAPULT_API_SECRET together (unset all four to use the sandbox)");
  }
  const mode = configured ? "catapult" : "sandbox";
  if (raw.ADMIN_PASSWORD !== undefined && raw.ADMIN_EMAIL === undefined && mode === "catapult") {
    throw new ConfigError("ADMIN_EMAIL", "is not set: the first admin needs ADMIN_EMAIL and ADMIN_PASSWORD together");
  }
  const oidcVars = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
  const oidcMissing = oidcVars.find((name) => raw[name] === undefined);
  if (oidcVars.some((name) => raw[name] !== undefined) && oidcMissing) {
    throw new ConfigError(oidcMissing, "is not set: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together");
  }
  const oidc = oidcMissing
    ? undefined
    : { issuer: raw.OIDC_ISSUER!.replace(/\/+$/, ""), clientId: raw.OIDC_CLIENT_ID!, clientSecret: raw.OIDC_CLIENT_SECRET!, roleClaim: raw.OIDC_ROLE_CLAIM, defaultRole: raw.OIDC_DEFAULT_ROLE, name: raw.OIDC_NAME };
  if (raw.AUTH_PASSWORD_SIGNIN === "off" && !oidc) {
    throw new ConfigError("AUTH_PASSWORD_SIGNIN", "is off but single sign-on is not configured (set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET): nobody could sign in");
  }

  // On Postgres every instance must open what another sealed or signed: the keys cannot be
  // generated into one instance's DATA_DIR.
  for (const name of ["SESSION_SECRET", "ENCRYPTION_KEY"] as const) {
    if (raw.DATABASE_URL !== undefined && raw[name] === undefined) {
      throw new ConfigError(name, "is not set: with DATABASE_URL, every instance must share it (a key generated into one instance's DATA_DIR would lock the others out of sessions and bulk passwords)");
    }
  }

  const account =
    mode === "catapult"
      ? { baseUrl: raw.CATAPULT_BASE_URL ?? REAL_CATAPULT_URL, userId: raw.CATAPULT_USER_ID!, apiToken: raw.CATAPULT_API_TOKEN!, apiSecret: raw.CATAPULT_API_SECRET! }
      : sandboxAccount(source);
  const dataDir = path.resolve(/*turbopackIgnore: true*/ raw.DATA_DIR);
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return {
    mode,
    catapult: {
      ...account,
      baseUrl: account.baseUrl.replace(/\/+$/, ""),
      ratePerSecond: raw.CATAPULT_RATE_LIMIT,
      timeoutMs: raw.CATAPULT_TIMEOUT_MS,
    },
    bootstrapAdmin:
      raw.ADMIN_EMAIL !== undefined
        ? { email: raw.ADMIN_EMAIL.toLowerCase(), password: raw.ADMIN_PASSWORD, demo: false }
        : mode === "sandbox"
          ? { email: SANDBOX_DEFAULTS.adminEmail, password: raw.ADMIN_PASSWORD ?? SANDBOX_DEFAULTS.adminPassword, demo: raw.ADMIN_PASSWORD === undefined }
          : undefined,
    adminVarsSet: raw.ADMIN_EMAIL !== undefined || raw.ADMIN_PASSWORD !== undefined,
    sessions: { idleMinutes: raw.SESSION_IDLE_MINUTES, maxHours: raw.SESSION_MAX_HOURS },
    passwordSignIn: raw.AUTH_PASSWORD_SIGNIN === "on",
    oidc,
    // Generated once and kept beside the data (0600) so sessions survive restarts.
    sessionSecret: raw.SESSION_SECRET ?? readOrCreateSecretFile(path.join(/*turbopackIgnore: true*/ dataDir, "session-secret"), 32).toString("hex"),
    encryptionKey: raw.ENCRYPTION_KEY
      ? Buffer.from(raw.ENCRYPTION_KEY, "hex")
      : readOrCreateSecretFile(path.join(/*turbopackIgnore: true*/ dataDir, "encryption-key"), 32),
    dataDir,
    databasePath: path.resolve(/*turbopackIgnore: true*/ raw.DATABASE_PATH ?? path.join(dataDir, "dashboard.sqlite")),
    databaseUrl: raw.DATABASE_URL,
    port: raw.PORT,
    instanceId: raw.INSTANCE_ID ?? `${os.hostname()}:${raw.PORT}`,
    publicUrl: raw.PUBLIC_URL === undefined ? undefined : new URL(raw.PUBLIC_URL).origin,
    host: raw.HOST,
    trustedProxyHops: raw.TRUST_PROXY ?? 0,
    auditRetentionDays: raw.AUDIT_RETENTION_DAYS,
  };
}

let cached: ServerEnv | undefined;

/** The validated configuration of this server process, read once. */
export function getEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

import "server-only";
// The one place configuration is read and validated. Secrets live only here and in the
// modules that receive them from here (the Catapult client, the session, the bulk vault).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { readOrCreateSecretFile } from "@/lib/server/secret-file";

/** What the dashboard runs against when no Catapult account is configured (see sandbox/README.md). */
export const SANDBOX_DEFAULTS = {
  port: "4010",
  userId: "u-demo",
  apiToken: "t-demo-token",
  apiSecret: "demo-secret",
  adminPassword: "demo-admin-pass",
} as const;

/** Account passwords need at least this many characters (the demo one included). */
export const MIN_PASSWORD_LENGTH = 12;
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
  ADMIN_PASSWORD: optionalText.pipe(z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).optional()),
  SESSION_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  DATA_DIR: optionalText.pipe(z.string().default("./data")),
  DATABASE_PATH: optionalText,
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
  // Read by scripts/start.mjs (`next start -H`); checked here so a typo stops start-up by name.
  HOST: optionalText.pipe(
    z.union([z.hostname(), z.ipv6()], { error: "must be a hostname or an IP address to listen on (e.g. 127.0.0.1, 0.0.0.0, ::)" }).default(DEFAULT_HOST),
  ),
});

export interface ServerEnv {
  mode: "sandbox" | "catapult";
  catapult: { baseUrl: string; userId: string; apiToken: string; apiSecret: string; ratePerSecond: number; timeoutMs: number };
  adminPassword: string;
  /** True when the demo admin password is in force (sandbox only); the sign-in page says so. */
  demoPassword: boolean;
  sessionSecret: string;
  encryptionKey: Buffer;
  dataDir: string;
  databasePath: string;
  port: number;
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
  if (mode === "catapult" && raw.ADMIN_PASSWORD === undefined) {
    throw new ConfigError("ADMIN_PASSWORD", "is not set: it is required when a real Catapult account is configured");
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
    adminPassword: raw.ADMIN_PASSWORD ?? SANDBOX_DEFAULTS.adminPassword,
    demoPassword: raw.ADMIN_PASSWORD === undefined,
    // Generated once and kept beside the data (0600) so sessions survive restarts.
    sessionSecret: raw.SESSION_SECRET ?? readOrCreateSecretFile(path.join(/*turbopackIgnore: true*/ dataDir, "session-secret"), 32).toString("hex"),
    encryptionKey: raw.ENCRYPTION_KEY
      ? Buffer.from(raw.ENCRYPTION_KEY, "hex")
      : readOrCreateSecretFile(path.join(/*turbopackIgnore: true*/ dataDir, "encryption-key"), 32),
    dataDir,
    databasePath: path.resolve(/*turbopackIgnore: true*/ raw.DATABASE_PATH ?? path.join(dataDir, "dashboard.sqlite")),
    port: raw.PORT,
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

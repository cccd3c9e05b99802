// Reads and validates the sandbox's environment. A bad value stops the program with a
// message naming the variable, rather than a sandbox that behaves oddly later.
import { fileURLToPath } from "node:url";

export type SandboxFaults = {
  /** Requests per second per (user, resource family); 0 turns limiting off. */
  rateLimit: number;
  /** Share of Catapult requests answered 500/503 without any effect. */
  failRate: number;
  /** Share of endpoint creates that take effect but whose socket is destroyed unanswered. */
  lostResponseRate: number;
  /** Delay added to every Catapult request. */
  latencyMs: number;
};

export type SandboxConfig = SandboxFaults & {
  host: string;
  port: number;
  userId: string;
  apiToken: string;
  apiSecret: string;
  /** Absolute or cwd-relative path of a JSON seed file; null = start empty. */
  seedPath: string | null;
  /** Makes fault choices reproducible; null = seeded from the clock. */
  randomSeed: number | null;
  duplicateNameStatus: number;
  unknownApplicationStatus: number;
};

export const DEMO_CREDENTIALS = { userId: "u-demo", apiToken: "t-demo-token", apiSecret: "demo-secret" };

// Resolved from this file, not the cwd, so `npm run sandbox` works from anywhere.
export const DEFAULT_SEED_PATH = fileURLToPath(new URL("./seed/demo.json", import.meta.url));

export class SandboxConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
  }
}

type Env = Record<string, string | undefined>;

// An empty variable counts as unset, as `FOO= npm run sandbox` usually means "default".
function raw(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  if (!/^-?\d+$/.test(value)) throw new SandboxConfigError(name, `expected an integer, got "${value}"`);
  const parsed = Number(value);
  if (parsed < min || parsed > max) {
    throw new SandboxConfigError(name, `expected an integer from ${min} to ${max}, got ${value}`);
  }
  return parsed;
}

function share(env: Env, name: string): number {
  const value = raw(env, name);
  if (value === undefined) return 0;
  const parsed = Number(value);
  if (!/^[0-9.eE+-]+$/.test(value) || !Number.isFinite(parsed) || parsed < 0 || parsed > 1) {
    throw new SandboxConfigError(name, `expected a number from 0 to 1, got "${value}"`);
  }
  return parsed;
}

function text(env: Env, name: string, fallback: string, forbidden: RegExp, why: string): string {
  const value = raw(env, name) ?? fallback;
  if (forbidden.test(value)) throw new SandboxConfigError(name, why);
  return value;
}

export function readSandboxConfig(env: Env): SandboxConfig {
  const seed = raw(env, "SANDBOX_SEED");
  const randomSeed = raw(env, "SANDBOX_RANDOM_SEED");
  return {
    host: text(env, "SANDBOX_HOST", "127.0.0.1", /\s/, "must not contain spaces"),
    port: integer(env, "SANDBOX_PORT", 4010, 0, 65535),
    userId: text(env, "SANDBOX_USER_ID", DEMO_CREDENTIALS.userId, /[\s/?#%]/, "must be one URL path segment"),
    // The token is the user part of Basic auth, which cannot hold a colon.
    apiToken: text(env, "SANDBOX_API_TOKEN", DEMO_CREDENTIALS.apiToken, /[\s:]/, "must not contain ':' or spaces"),
    apiSecret: text(env, "SANDBOX_API_SECRET", DEMO_CREDENTIALS.apiSecret, /[\r\n]/, "must be one line"),
    rateLimit: integer(env, "SANDBOX_RATE_LIMIT", 1, 0, 1_000_000),
    seedPath: seed === undefined ? DEFAULT_SEED_PATH : seed === "none" ? null : seed,
    latencyMs: integer(env, "SANDBOX_LATENCY_MS", 0, 0, 600_000),
    failRate: share(env, "SANDBOX_FAIL_RATE"),
    lostResponseRate: share(env, "SANDBOX_LOST_RESPONSE_RATE"),
    randomSeed: randomSeed === undefined ? null : integer(env, "SANDBOX_RANDOM_SEED", 0, -(2 ** 31), 2 ** 32 - 1),
    duplicateNameStatus: integer(env, "SANDBOX_DUPLICATE_NAME_STATUS", 409, 400, 499),
    unknownApplicationStatus: integer(env, "SANDBOX_UNKNOWN_APPLICATION_STATUS", 403, 400, 499),
  };
}

/** Checks a partial fault update (from POST /_sandbox/faults or setFaults); returns what failed. */
export function faultProblems(partial: Record<string, unknown>): { name: string; value: string }[] {
  const problems: { name: string; value: string }[] = [];
  const check = (name: keyof SandboxFaults, ok: (n: number) => boolean) => {
    const value = partial[name];
    if (value === undefined) return;
    if (typeof value !== "number" || !Number.isFinite(value) || !ok(value)) {
      problems.push({ name, value: String(value) });
    }
  };
  check("rateLimit", (n) => Number.isInteger(n) && n >= 0);
  check("latencyMs", (n) => Number.isInteger(n) && n >= 0 && n <= 600_000);
  check("failRate", (n) => n >= 0 && n <= 1);
  check("lostResponseRate", (n) => n >= 0 && n <= 1);
  return problems;
}

// Reads and validates the sandbox's environment. A bad value stops the program with a
// message naming the variable, rather than a sandbox that behaves oddly later.
import { fileURLToPath } from "node:url";
import { isDomainName } from "./rules";
import { SandboxConfigError, settingProblems, settingsFromEnv, type SandboxSettings } from "./settings";

export { SandboxConfigError } from "./settings";
export type { SandboxSettings } from "./settings";
/** The settings POST /_sandbox/faults changes: the fault rates and every mode (see settings.ts). */
export type SandboxFaults = SandboxSettings;

export type SandboxConfig = SandboxSettings & {
  host: string;
  port: number;
  userId: string;
  apiToken: string;
  apiSecret: string;
  /** Absolute or cwd-relative path of a JSON seed file; null = start empty. */
  seedPath: string | null;
  /** Makes fault choices reproducible; null = seeded from the clock. */
  randomSeed: number | null;
  /** SANDBOX_SEED_ENDPOINTS: this many generated endpoints in one domain at start (0 = none). */
  seedEndpoints: number;
  /** SANDBOX_SEED_ENDPOINTS_DOMAIN: the domain they go in, made if the seed file lacks it. */
  seedEndpointsDomain: string;
};

export const DEMO_CREDENTIALS = { userId: "u-demo", apiToken: "t-demo-token", apiSecret: "demo-secret" };

// Resolved from this file, not the cwd, so `npm run sandbox` works from anywhere.
export const DEFAULT_SEED_PATH = fileURLToPath(new URL("./seed/demo.json", import.meta.url));

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

function text(env: Env, name: string, fallback: string, forbidden: RegExp, why: string): string {
  const value = raw(env, name) ?? fallback;
  if (forbidden.test(value)) throw new SandboxConfigError(name, why);
  return value;
}

function domainName(env: Env, name: string, fallback: string): string {
  const value = raw(env, name) ?? fallback;
  if (!isDomainName(value)) throw new SandboxConfigError(name, `must be 1-63 letters, digits, "-" or "_", got "${value}"`);
  return value;
}

export function readSandboxConfig(env: Env): SandboxConfig {
  const seed = raw(env, "SANDBOX_SEED");
  const randomSeed = raw(env, "SANDBOX_RANDOM_SEED");
  const settings: SandboxSettings = settingsFromEnv((name) => raw(env, name));
  return {
    ...settings,
    host: text(env, "SANDBOX_HOST", "127.0.0.1", /\s/, "must not contain spaces"),
    port: integer(env, "SANDBOX_PORT", 4010, 0, 65535),
    userId: text(env, "SANDBOX_USER_ID", DEMO_CREDENTIALS.userId, /[\s/?#%]/, "must be one URL path segment"),
    // The token is the user part of Basic auth, which cannot hold a colon.
    apiToken: text(env, "SANDBOX_API_TOKEN", DEMO_CREDENTIALS.apiToken, /[\s:]/, "must not contain ':' or spaces"),
    apiSecret: text(env, "SANDBOX_API_SECRET", DEMO_CREDENTIALS.apiSecret, /[\r\n]/, "must be one line"),
    seedPath: seed === undefined ? DEFAULT_SEED_PATH : seed === "none" ? null : seed,
    randomSeed: randomSeed === undefined ? null : integer(env, "SANDBOX_RANDOM_SEED", 0, -(2 ** 31), 2 ** 32 - 1),
    seedEndpoints: integer(env, "SANDBOX_SEED_ENDPOINTS", 0, 0, 1_000_000),
    seedEndpointsDomain: domainName(env, "SANDBOX_SEED_ENDPOINTS_DOMAIN", "acme-large"),
  };
}

/** Checks a partial settings update (from POST /_sandbox/faults or setFaults); returns what failed. */
export const faultProblems = settingProblems;

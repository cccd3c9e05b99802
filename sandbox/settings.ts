// The settings that may change while the sandbox runs: fault rates, limits, and the modes
// that emulate each reading of Catapult's contract. Each one is read from its environment
// variable at start-up and can be changed at run time with POST /_sandbox/faults, so one
// sandbox process can be flipped between modes in a test. One table drives both readings.

/** Choices: the first value is the default (today's behaviour; see README for which are Catapult's). */
export const CHOICES = {
  rateLimitMode: { env: "SANDBOX_RATE_LIMIT_MODE", values: ["fixed-window", "sliding-window", "token-bucket", "min-gap"] },
  rateLimitScope: { env: "SANDBOX_RATE_LIMIT_SCOPE", values: ["resource", "path-prefix"] },
  nullUpdate: { env: "SANDBOX_NULL_UPDATE", values: ["clear", "unchanged"] },
  createStatus: { env: "SANDBOX_CREATE_STATUS", values: [201, 200, 202] },
  createLocation: { env: "SANDBOX_CREATE_LOCATION", values: ["on", "off"] },
  getDomain: { env: "SANDBOX_GET_DOMAIN", values: ["on", "404", "405"] },
  idStyle: { env: "SANDBOX_ID_STYLE", values: ["hex24", "catapult"] },
  sipUriStyle: { env: "SANDBOX_SIP_URI_STYLE", values: ["docs", "sip-prefix"] },
  usernameStyle: { env: "SANDBOX_USERNAME_STYLE", values: ["name", "generated"] },
  endpointIdInBody: { env: "SANDBOX_ENDPOINT_ID_IN_BODY", values: ["on", "off"] },
  deleteDomainWithEndpoints: { env: "SANDBOX_DELETE_DOMAIN_WITH_ENDPOINTS", values: ["cascade", "refuse"] },
  linkStyle: { env: "SANDBOX_LINK_STYLE", values: ["absolute", "relative", "foreign-host", "loop"] },
} as const;

type NumberSpec = { env: string; fallback: number; min: number; max: number; integer: boolean };

export const NUMBERS = {
  /** Requests per second per budget; 0 turns limiting off. */
  rateLimit: { env: "SANDBOX_RATE_LIMIT", fallback: 1, min: 0, max: 1_000_000, integer: true },
  /** Token-bucket capacity (only read in token-bucket mode). */
  rateLimitBurst: { env: "SANDBOX_RATE_LIMIT_BURST", fallback: 2, min: 1, max: 1_000_000, integer: true },
  /** Delay added to every Catapult request. */
  latencyMs: { env: "SANDBOX_LATENCY_MS", fallback: 0, min: 0, max: 600_000, integer: true },
  /** Share of Catapult requests answered 500/503 without any effect. */
  failRate: { env: "SANDBOX_FAIL_RATE", fallback: 0, min: 0, max: 1, integer: false },
  /** Share of endpoint creates that take effect but whose socket is destroyed unanswered. */
  lostResponseRate: { env: "SANDBOX_LOST_RESPONSE_RATE", fallback: 0, min: 0, max: 1, integer: false },
  duplicateNameStatus: { env: "SANDBOX_DUPLICATE_NAME_STATUS", fallback: 409, min: 400, max: 499, integer: true },
  unknownApplicationStatus: { env: "SANDBOX_UNKNOWN_APPLICATION_STATUS", fallback: 403, min: 400, max: 499, integer: true },
  maxDomains: { env: "SANDBOX_MAX_DOMAINS", fallback: 100, min: 0, max: 1_000_000, integer: true },
  maxPageSizeDomains: { env: "SANDBOX_MAX_PAGE_SIZE_DOMAINS", fallback: 100, min: 1, max: 1_000_000, integer: true },
  maxPageSizeEndpoints: { env: "SANDBOX_MAX_PAGE_SIZE_ENDPOINTS", fallback: 1000, min: 1, max: 1_000_000, integer: true },
  maxPageSizeApplications: { env: "SANDBOX_MAX_PAGE_SIZE_APPLICATIONS", fallback: 1000, min: 1, max: 1_000_000, integer: true },
} as const satisfies Record<string, NumberSpec>;

type Choices = typeof CHOICES;
export type SandboxModes = { -readonly [K in keyof Choices]: Choices[K]["values"][number] };
export type SandboxSettings = SandboxModes & { [K in keyof typeof NUMBERS]: number };

export type RateLimitMode = SandboxModes["rateLimitMode"];
export type LinkStyle = SandboxModes["linkStyle"];

const CHOICE_KEYS = Object.keys(CHOICES) as (keyof Choices)[];
const NUMBER_KEYS = Object.keys(NUMBERS) as (keyof typeof NUMBERS)[];

/** A bad setting; `variable` names the environment variable at fault. */
export class SandboxConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
  }
}

function numberFromText(spec: NumberSpec, text: string): number {
  const pattern = spec.integer ? /^-?\d+$/ : /^[0-9.eE+-]+$/;
  const parsed = Number(text);
  if (!pattern.test(text) || !Number.isFinite(parsed) || parsed < spec.min || parsed > spec.max) {
    const kind = spec.integer ? "an integer" : "a number";
    throw new SandboxConfigError(spec.env, `expected ${kind} from ${spec.min} to ${spec.max}, got "${text}"`);
  }
  return parsed;
}

/** Reads every setting from the environment (`raw` gives undefined for unset or empty). */
export function settingsFromEnv(raw: (name: string) => string | undefined): SandboxSettings {
  const settings: Record<string, unknown> = {};
  for (const key of CHOICE_KEYS) {
    const { env, values } = CHOICES[key];
    const text = raw(env);
    const value = text === undefined ? values[0] : values.find((v) => String(v) === text);
    if (value === undefined) throw new SandboxConfigError(env, `expected one of ${values.join(", ")}, got "${text}"`);
    settings[key] = value;
  }
  for (const key of NUMBER_KEYS) {
    const text = raw(NUMBERS[key].env);
    settings[key] = text === undefined ? NUMBERS[key].fallback : numberFromText(NUMBERS[key], text);
  }
  return settings as SandboxSettings;
}

function settingOk(name: string, value: unknown): boolean {
  if (Object.hasOwn(CHOICES, name)) return (CHOICES[name as keyof Choices].values as readonly unknown[]).includes(value);
  if (!Object.hasOwn(NUMBERS, name)) return false;
  const spec: NumberSpec = NUMBERS[name as keyof typeof NUMBERS];
  if (typeof value !== "number" || !Number.isFinite(value)) return false;
  return (!spec.integer || Number.isInteger(value)) && value >= spec.min && value <= spec.max;
}

/**
 * Checks a partial update (POST /_sandbox/faults, setFaults); returns every bad field, in
 * the table's order, then every unknown one (a misspelt mode must not pass silently).
 */
export function settingProblems(partial: Record<string, unknown>): { name: string; value: string }[] {
  const known: string[] = [...NUMBER_KEYS, ...CHOICE_KEYS];
  const names = [...known, ...Object.keys(partial).filter((name) => !known.includes(name))];
  return names
    .filter((name) => partial[name] !== undefined && !settingOk(name, partial[name]))
    .map((name) => ({ name, value: String(partial[name]) }));
}

export function pickSettings(from: SandboxSettings): SandboxSettings {
  const settings: Record<string, unknown> = {};
  for (const key of [...NUMBER_KEYS, ...CHOICE_KEYS]) settings[key] = from[key];
  return settings as SandboxSettings;
}

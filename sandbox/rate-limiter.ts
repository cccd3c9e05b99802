// Catapult's documented limit: N requests per 1000 ms per resource. The docs do not say how
// it counts, so each reading is a mode (SANDBOX_RATE_LIMIT_MODE). In every mode a refused
// request does not count, and `resetAt` is the earliest moment (epoch ms) at which the same
// request would be let through, so a client that waits until `X-RateLimit-Reset` always is.
// Times are integers (Date.now); the arithmetic stays in integers so `resetAt` is exact.
import type { RateLimitMode } from "./settings";

export const RATE_WINDOW_MS = 1000;

export type RateDecision = { allowed: true } | { allowed: false; resetAt: number };

export type RateRule = { limit: number; mode: RateLimitMode; burst: number };

/** One budget's state under one mode. */
type Meter = (now: number, rule: RateRule) => RateDecision;

const ALLOWED: RateDecision = { allowed: true };

/** A window opens with the first request after the previous one ended; N per window. */
function fixedWindow(): Meter {
  let startsAt = Number.NEGATIVE_INFINITY;
  let count = 0;
  return (now, { limit }) => {
    if (now >= startsAt + RATE_WINDOW_MS) {
      startsAt = now;
      count = 0;
    }
    if (count >= limit) return { allowed: false, resetAt: startsAt + RATE_WINDOW_MS };
    count += 1;
    return ALLOWED;
  };
}

/** At most N requests in any 1000 ms ending now: a request made at t counts until t + 1000. */
function slidingWindow(): Meter {
  const times: number[] = [];
  return (now, { limit }) => {
    while (times.length > 0 && (times[0] ?? 0) + RATE_WINDOW_MS <= now) times.shift();
    if (times.length >= limit) {
      // Enough of the oldest must leave for the count to drop below the limit.
      return { allowed: false, resetAt: (times[times.length - limit] ?? now) + RATE_WINDOW_MS };
    }
    times.push(now);
    return ALLOWED;
  };
}

/**
 * Refills N tokens per second up to `burst`; each request takes one. Counted in thousandths
 * of a token, so one millisecond refills exactly N of them. A new budget starts full.
 */
function tokenBucket(): Meter {
  let milliTokens: number | null = null;
  let at = 0;
  return (now, { limit, burst }) => {
    const capacity = burst * 1000;
    milliTokens = milliTokens === null ? capacity : Math.min(capacity, milliTokens + Math.max(0, now - at) * limit);
    at = now;
    if (milliTokens < 1000) return { allowed: false, resetAt: now + Math.ceil((1000 - milliTokens) / limit) };
    milliTokens -= 1000;
    return ALLOWED;
  };
}

/** Two requests at least 1000/N ms apart. */
function minGap(): Meter {
  let last: number | null = null;
  return (now, { limit }) => {
    // now - last >= 1000 / limit, in integers.
    if (last !== null && (now - last) * limit < RATE_WINDOW_MS) {
      return { allowed: false, resetAt: last + Math.ceil(RATE_WINDOW_MS / limit) };
    }
    last = now;
    return ALLOWED;
  };
}

const METERS: Record<RateLimitMode, () => Meter> = {
  "fixed-window": fixedWindow,
  "sliding-window": slidingWindow,
  "token-bucket": tokenBucket,
  "min-gap": minGap,
};

export class RateLimiter {
  private readonly meters = new Map<string, Meter>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts the request if allowed; a refused request does not count. `limit` 0 = off. */
  take(key: string, rule: RateRule): RateDecision {
    if (rule.limit <= 0) return ALLOWED;
    // Each mode keeps its own state; setFaults also clears them all when the mode changes.
    const meterKey = `${rule.mode} ${key}`;
    let meter = this.meters.get(meterKey);
    if (!meter) {
      meter = METERS[rule.mode]();
      this.meters.set(meterKey, meter);
    }
    return meter(this.now(), rule);
  }

  clear(): void {
    this.meters.clear();
  }
}

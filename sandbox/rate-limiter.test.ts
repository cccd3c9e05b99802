// The four counting modes, on a fake clock: what each lets through, what it refuses, and
// that X-RateLimit-Reset (resetAt) is exactly the first moment the request passes.
import { describe, expect, it } from "vitest";
import { RateLimiter, type RateDecision, type RateRule } from "./rate-limiter";
import type { RateLimitMode } from "./settings";

function clocked(mode: RateLimitMode, limit: number, burst = 2) {
  let now = 1_000_000;
  const limiter = new RateLimiter(() => now);
  const rule: RateRule = { limit, mode, burst };
  return {
    at(time: number): RateDecision {
      now = 1_000_000 + time;
      return limiter.take("u:domains", rule);
    },
    /** Offsets from the start at which requests made at `times` were allowed. */
    allowedAt(times: number[]): number[] {
      return times.filter((t) => this.at(t).allowed);
    },
    resetOffset(decision: RateDecision): number {
      if (decision.allowed) throw new Error("expected a refusal");
      return decision.resetAt - 1_000_000;
    },
  };
}

/** The reset is exact: one millisecond before it is still refused, at it the request passes. */
function expectExactReset(mode: RateLimitMode, limit: number, requests: number[], refusedAt: number, reset: number, burst = 2) {
  const probe = () => {
    const c = clocked(mode, limit, burst);
    requests.forEach((t) => expect(c.at(t).allowed).toBe(true));
    return c;
  };
  const refused = probe();
  expect(refused.resetOffset(refused.at(refusedAt))).toBe(reset);
  expect(probe().at(reset - 1).allowed).toBe(false);
  expect(probe().at(reset).allowed).toBe(true);
}

describe("fixed-window (the default)", () => {
  it("lets N through per window opened by the first request, then resets at its end", () => {
    const c = clocked("fixed-window", 2);
    expect(c.allowedAt([0, 10, 20, 999])).toEqual([0, 10]);
    expect(c.resetOffset(c.at(500))).toBe(1000);
    // A burst at the end of one window and the start of the next: 4 in 20 ms.
    expect(c.allowedAt([1000, 1001, 1990, 2000, 2001])).toEqual([1000, 1001, 2000, 2001]);
    expectExactReset("fixed-window", 2, [0, 300], 600, 1000);
  });
});

describe("sliding-window", () => {
  it("allows at most N in any 1000 ms ending now", () => {
    const c = clocked("sliding-window", 2);
    expect(c.allowedAt([0, 600, 999, 1000, 1100, 1599, 1600])).toEqual([0, 600, 1000, 1600]);
    expectExactReset("sliding-window", 2, [0, 600], 900, 1000);
    expectExactReset("sliding-window", 2, [0, 600, 1000], 1200, 1600);
  });

  it("refuses the burst across a window edge that fixed-window allows", () => {
    expect(clocked("sliding-window", 2).allowedAt([990, 995, 1000, 1005])).toEqual([990, 995]);
  });

  it("after the limit is lowered, resets when enough of the oldest have left", () => {
    let now = 0;
    const limiter = new RateLimiter(() => now);
    for (now = 0; now <= 200; now += 100) expect(limiter.take("k", { mode: "sliding-window", limit: 3, burst: 1 }).allowed).toBe(true);
    now = 300;
    expect(limiter.take("k", { mode: "sliding-window", limit: 1, burst: 1 })).toEqual({ allowed: false, resetAt: 1200 });
  });

  it("does not count refused requests", () => {
    const c = clocked("sliding-window", 1);
    expect(c.allowedAt([0, 100, 200, 300, 1000])).toEqual([0, 1000]);
  });
});

describe("token-bucket", () => {
  it("starts full with SANDBOX_RATE_LIMIT_BURST tokens and refills N per second", () => {
    const c = clocked("token-bucket", 1, 2);
    expect(c.allowedAt([0, 0, 0])).toEqual([0, 0]);
    expect(c.resetOffset(c.at(0))).toBe(1000);
    expect(c.allowedAt([999, 1000, 1500, 2000])).toEqual([1000, 2000]);
    expectExactReset("token-bucket", 1, [0, 0], 400, 1000, 2);
    expectExactReset("token-bucket", 3, [0], 10, 334, 1);
  });

  it("never holds more than the burst after a long pause", () => {
    const c = clocked("token-bucket", 5, 3);
    expect(c.allowedAt([0, 0, 0, 10_000, 10_000, 10_000, 10_000])).toEqual([0, 0, 0, 10_000, 10_000, 10_000]);
  });
});

describe("min-gap", () => {
  it("wants 1000/N ms between two requests", () => {
    const c = clocked("min-gap", 4);
    expect(c.allowedAt([0, 249, 250, 400, 500, 501])).toEqual([0, 250, 500]);
    expectExactReset("min-gap", 4, [0], 100, 250);
    // 1000/3 is not a whole number of ms: the reset rounds up, never early.
    expectExactReset("min-gap", 3, [0], 100, 334);
  });
});

describe("every mode", () => {
  const modes: RateLimitMode[] = ["fixed-window", "sliding-window", "token-bucket", "min-gap"];

  it.each(modes)("%s: lets evenly spaced requests (one every 1000/N ms) through, and refuses a burst", (mode) => {
    for (const limit of [1, 3, 5, 20]) {
      const gap = Math.ceil(1000 / limit);
      const even = Array.from({ length: 50 }, (_, i) => i * gap);
      expect(clocked(mode, limit, 1).allowedAt(even)).toEqual(even);
      const burst = Array.from({ length: limit + 2 }, () => 0);
      expect(clocked(mode, limit).allowedAt(burst).length).toBeLessThan(burst.length);
    }
  });

  it.each(modes)("%s: keeps budgets apart and is off at limit 0", (mode) => {
    const limiter = new RateLimiter(() => 0);
    const rule: RateRule = { limit: 1, mode, burst: 1 };
    expect(limiter.take("u:domains", rule).allowed).toBe(true);
    expect(limiter.take("u:applications", rule).allowed).toBe(true);
    expect(limiter.take("u:domains", rule).allowed).toBe(false);
    expect(limiter.take("u:domains", { ...rule, limit: 0 }).allowed).toBe(true);
  });
});

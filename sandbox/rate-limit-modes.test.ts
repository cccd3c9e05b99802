// SANDBOX_RATE_LIMIT_MODE and SANDBOX_RATE_LIMIT_SCOPE as a client sees them over HTTP.
// The exact arithmetic of each mode is in rate-limiter.test.ts, on a fake clock.
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { DEMO, startSandbox, sandboxForFile, type Answer } from "./test-support";

const sb = sandboxForFile({ rateLimit: 1 });

const endpoints = `/domains/${DEMO.salesDomain}/endpoints`;

async function statuses(paths: string[]): Promise<number[]> {
  const seen: number[] = [];
  for (const path of paths) seen.push((await sb.call("GET", path)).status);
  return seen;
}

function expectRateLimited(answer: Answer): number {
  expect(answer.status).toBe(429);
  const reset = Number(answer.headers.get("x-ratelimit-reset"));
  expect(answer.json).toEqual({
    category: "too-many-requests",
    code: "rate-limit-reached",
    message: expect.any(String),
    details: [{ name: "rateLimitResetTime", value: String(reset) }],
  });
  return reset;
}

describe("SANDBOX_RATE_LIMIT_MODE", () => {
  it("min-gap: a second request sooner than 1000/N ms is refused until exactly the gap has passed", async () => {
    sb.sandbox.setFaults({ rateLimitMode: "min-gap", rateLimit: 4 });
    const before = Date.now();
    expect((await sb.call("GET", "/domains")).status).toBe(200);
    const afterFirst = Date.now();
    const reset = expectRateLimited(await sb.call("GET", "/domains"));
    expect(reset).toBeGreaterThanOrEqual(before + 250);
    expect(reset).toBeLessThanOrEqual(afterFirst + 250);
    while (Date.now() < reset) await sleep(reset - Date.now());
    expect((await sb.call("GET", "/domains")).status).toBe(200);
  });

  it("token-bucket: lets SANDBOX_RATE_LIMIT_BURST requests through at once, then one per 1000/N ms", async () => {
    const bucket = await startSandbox({ rateLimit: 1, rateLimitMode: "token-bucket", rateLimitBurst: 3 });
    try {
      const seen: number[] = [];
      for (let i = 0; i < 4; i++) seen.push((await bucket.call("GET", "/domains")).status);
      expect(seen).toEqual([200, 200, 200, 429]);
    } finally {
      await bucket.close();
    }
    sb.sandbox.setFaults({ rateLimitMode: "token-bucket", rateLimit: 2 });
    expect(await statuses(["/domains", "/domains", "/domains"])).toEqual([200, 200, 429]);
  });

  it("sliding-window: N in any 1000 ms, the reset being when the oldest leaves the window", async () => {
    sb.sandbox.setFaults({ rateLimitMode: "sliding-window", rateLimit: 2 });
    const before = Date.now();
    expect((await sb.call("GET", "/domains")).status).toBe(200);
    const afterFirst = Date.now();
    expect((await sb.call("GET", "/domains")).status).toBe(200);
    const reset = expectRateLimited(await sb.call("GET", "/domains"));
    expect(reset).toBeGreaterThanOrEqual(before + 1000);
    expect(reset).toBeLessThanOrEqual(afterFirst + 1000);
  });

  it("fixed-window is the default, and a paced client is never refused in any mode", async () => {
    expect((await sb.call("POST", "/_sandbox/faults", {})).json).toMatchObject({ rateLimitMode: "fixed-window", rateLimitBurst: 2 });
    for (const rateLimitMode of ["fixed-window", "sliding-window", "token-bucket", "min-gap"] as const) {
      sb.sandbox.setFaults({ rateLimitMode, rateLimit: 20 });
      for (let i = 0; i < 5; i++) {
        expect((await sb.call("GET", "/domains")).status, rateLimitMode).toBe(200);
        await sleep(60); // 1000/20 = 50 ms, plus a margin
      }
    }
    expect(sb.sandbox.stats().rateLimited).toBe(0);
  });

  it("starts fresh budgets when the mode changes at run time", async () => {
    expect(await statuses(["/domains", "/domains"])).toEqual([200, 429]);
    sb.sandbox.setFaults({ rateLimitMode: "min-gap" });
    sb.sandbox.setFaults({ rateLimitMode: "fixed-window" });
    expect(await statuses(["/domains", "/domains"])).toEqual([200, 429]);
  });
});

describe("SANDBOX_RATE_LIMIT_SCOPE", () => {
  it("resource (the default): /domains/{id}/endpoints spends the endpoints budget, apart from /domains", async () => {
    expect(await statuses(["/domains", endpoints, `/domains/${DEMO.salesDomain}`, `${endpoints}/re-0000000000000000000000e1`])).toEqual([
      200, 200, 429, 429,
    ]);
  });

  it("path-prefix: everything under /domains shares one budget; applications keep their own", async () => {
    sb.sandbox.setFaults({ rateLimitScope: "path-prefix" });
    expect(await statuses(["/domains", endpoints, "/applications"])).toEqual([200, 429, 200]);
    sb.sandbox.reset();
    const prefixed = await startSandbox({ rateLimit: 1, rateLimitScope: "path-prefix" });
    try {
      expect((await prefixed.call("POST", `${endpoints}/re-0000000000000000000000e1/tokens`)).status).toBe(201);
      expect((await prefixed.call("GET", "/domains")).status).toBe(429);
    } finally {
      await prefixed.close();
    }
  });
});

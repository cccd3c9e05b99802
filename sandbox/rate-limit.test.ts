import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { DEMO, endpointBody, sandboxForFile, type Answer } from "./test-support";

const sb = sandboxForFile({ rateLimit: 1 });

const endpoints = `/domains/${DEMO.salesDomain}/endpoints`;

function resetTime(answer: Answer): number {
  return Number(answer.headers.get("x-ratelimit-reset"));
}

describe("rate limit (1 request per 1000 ms per family by default)", () => {
  it("answers the second request in a window with 429, X-RateLimit-Reset and rateLimitResetTime", async () => {
    const before = Date.now();
    expect((await sb.call("GET", "/domains")).status).toBe(200);
    // The window opened while the first request was in flight, whatever the machine's load.
    const afterFirst = Date.now();
    const limited = await sb.call("GET", "/domains");
    expect(limited.status).toBe(429);
    const reset = resetTime(limited);
    expect(reset).toBeGreaterThan(Date.now() - 1);
    expect(reset).toBeGreaterThanOrEqual(before + 1000);
    expect(reset).toBeLessThanOrEqual(afterFirst + 1000);
    expect(limited.json).toEqual({
      category: "too-many-requests",
      code: "rate-limit-reached",
      message: expect.any(String),
      details: [{ name: "rateLimitResetTime", value: String(reset) }],
    });
    // Refused requests do not stretch the window.
    expect(resetTime(await sb.call("GET", "/domains"))).toBe(reset);

    while (Date.now() < reset) await sleep(reset - Date.now());
    expect((await sb.call("GET", "/domains")).status).toBe(200);
  });

  it("counts each family apart", async () => {
    expect((await sb.call("GET", "/domains")).status).toBe(200);
    expect((await sb.call("GET", "/applications")).status).toBe(200);
    expect((await sb.call("GET", endpoints)).status).toBe(200);
    expect((await sb.call("GET", "/domains")).status).toBe(429);
  });

  it("treats every method under /endpoints, tokens included, as one family; a refused create has no effect", async () => {
    expect((await sb.call("POST", endpoints, endpointBody("first"))).status).toBe(201);
    expect((await sb.call("POST", endpoints, endpointBody("second"))).status).toBe(429);
    expect((await sb.call("POST", `${endpoints}/re-0000000000000000000000e1/tokens`)).status).toBe(429);
    const names = ((await sb.call("GET", `/_sandbox/endpoints?domainId=${DEMO.salesDomain}`)).json as { name: string }[]).map(
      (e) => e.name,
    );
    expect(names).toContain("first");
    expect(names).not.toContain("second");
    expect(sb.sandbox.stats().rateLimited).toBe(2);
  });

  it("follows a limit changed at runtime through /_sandbox/faults", async () => {
    const changed = await sb.call("POST", "/_sandbox/faults", { rateLimit: 3 });
    expect(changed.json).toMatchObject({ rateLimit: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await sb.call("GET", "/domains")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    await sb.call("POST", "/_sandbox/faults", { rateLimit: 0 });
    for (let i = 0; i < 5; i++) expect((await sb.call("GET", "/domains")).status).toBe(200);
  });
});

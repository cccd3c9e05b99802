import { describe, expect, it } from "vitest";
import { basic, DEMO, endpointBody, idFromLocation, sandboxForFile } from "./test-support";

const sb = sandboxForFile();

const endpoints = `/domains/${DEMO.salesDomain}/endpoints`;

describe("GET /_sandbox/stats", () => {
  it("counts Catapult requests by family, status and method, but not admin requests", async () => {
    await sb.call("GET", "/domains");
    await sb.call("POST", endpoints, endpointBody("counted"));
    await sb.call("POST", endpoints, endpointBody("counted"));
    await fetch(`${sb.userUrl}/domains`, { headers: { Authorization: basic("t-demo-token", "nope") } });
    await sb.call("GET", "/applications");
    await sb.call("GET", "/nowhere");
    await sb.call("GET", "/_sandbox/endpoints");

    const stats = await sb.call("GET", "/_sandbox/stats");
    expect(stats.status).toBe(200);
    expect(stats.json).toEqual({
      requests: {
        total: 6,
        byFamily: { domains: 2, endpoints: 2, applications: 1 },
        byStatus: { "200": 2, "201": 1, "401": 1, "404": 1, "409": 1 },
        byMethod: { GET: 4, POST: 2 },
      },
      created: 1,
      rateLimited: 0,
      injectedFailures: 0,
      lostResponses: 0,
      endpoints: { [DEMO.salesDomain]: 4, [DEMO.supportDomain]: 2, [DEMO.stageDomain]: 2 },
    });
    expect(sb.sandbox.stats()).toEqual(stats.json);
  });
});

describe("GET /_sandbox/endpoints", () => {
  it("returns every endpoint of a domain unpaged, in the public shape", async () => {
    const id = idFromLocation(await sb.call("POST", endpoints, endpointBody("listed")));
    const all = await sb.call("GET", `/_sandbox/endpoints?domainId=${DEMO.salesDomain}`);
    expect(all.status).toBe(200);
    const list = all.json as { id: string }[];
    expect(list.map((e) => e.id)).toEqual(["re-0000000000000000000000e1", "re-0000000000000000000000e2", "re-0000000000000000000000e3", id]);
    expect(list[3]).toEqual((await sb.call("GET", `${endpoints}/${id}`)).json);
    expect(all.text).not.toContain("abc123");
    expect((await sb.call("GET", "/_sandbox/endpoints")).json).toHaveLength(8);
    expect((await sb.call("GET", "/_sandbox/endpoints?domainId=rd-ffffffffffffffffffffffff")).status).toBe(404);
  });
});

describe("POST /_sandbox/faults and /_sandbox/reset", () => {
  it("changes faults and modes at runtime and refuses bad or unknown values", async () => {
    const changed = await sb.call("POST", "/_sandbox/faults", { failRate: 0.25, latencyMs: 5, rateLimitScope: "path-prefix" });
    expect(changed.json).toMatchObject({ rateLimit: 0, failRate: 0.25, lostResponseRate: 0, latencyMs: 5, rateLimitScope: "path-prefix" });
    expect(changed.json).toMatchObject({ rateLimitMode: "fixed-window", rateLimitBurst: 2 });
    const bad = await sb.call("POST", "/_sandbox/faults", { failRate: 2, rateLimit: -1, rateLimitMode: "burst", rateLimitmode: "min-gap" });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({
      details: [{ name: "rateLimit" }, { name: "failRate" }, { name: "rateLimitMode" }, { name: "rateLimitmode" }],
    });
    // A refused update changes nothing.
    expect((await sb.call("POST", "/_sandbox/faults", {})).json).toMatchObject({ rateLimit: 0, failRate: 0.25, rateLimitMode: "fixed-window" });
    expect(() => sb.sandbox.setFaults({ lostResponseRate: -0.1 })).toThrow(/lostResponseRate/);
    expect(() => sb.sandbox.setFaults({ rateLimitScope: "domains" as never })).toThrow(/rateLimitScope/);
  });

  it("restores the seed and zeroes the counters", async () => {
    await sb.call("POST", endpoints, endpointBody("temporary"));
    await sb.call("DELETE", `/domains/${DEMO.supportDomain}`);
    await sb.call("POST", "/_sandbox/faults", { failRate: 1 });
    expect((await sb.call("POST", "/_sandbox/reset")).status).toBe(200);
    expect(sb.sandbox.stats()).toMatchObject({
      requests: { total: 0 },
      created: 0,
      endpoints: { [DEMO.salesDomain]: 3, [DEMO.supportDomain]: 2, [DEMO.stageDomain]: 2 },
    });
    expect((await sb.call("GET", "/domains")).status).toBe(200);
  });

  it("answers 404 and 405 on the admin paths too", async () => {
    expect((await sb.call("GET", "/_sandbox/nothing")).status).toBe(404);
    expect((await sb.call("GET", "/_sandbox/reset")).status).toBe(405);
  });
});

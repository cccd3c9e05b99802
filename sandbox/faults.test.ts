import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { DEMO, endpointBody, sandboxForFile } from "./test-support";

const sb = sandboxForFile({ randomSeed: 42 });

const endpoints = `/domains/${DEMO.salesDomain}/endpoints`;
const SEEDED_ENDPOINTS = 3;

async function endpointNames(): Promise<string[]> {
  const all = (await sb.call("GET", `/_sandbox/endpoints?domainId=${DEMO.salesDomain}`)).json as { name: string }[];
  return all.map((e) => e.name);
}

async function createMany(count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push((await sb.call("POST", endpoints, endpointBody(`f-${i}`))).status);
  return statuses;
}

describe("injected failures (SANDBOX_FAIL_RATE)", () => {
  it("answers 500/503 in Catapult's shape without any effect, reproducibly with a random seed", async () => {
    sb.sandbox.setFaults({ failRate: 0.5 });
    const first = await createMany(40);
    expect(new Set(first)).toEqual(new Set([201, 500, 503]));
    const succeeded = first.filter((s) => s === 201).length;
    expect(await endpointNames()).toHaveLength(SEEDED_ENDPOINTS + succeeded);
    expect(sb.sandbox.stats()).toMatchObject({ injectedFailures: 40 - succeeded, created: succeeded });

    // Same seed, same requests: the same failures. reset() restores the configured faults.
    sb.sandbox.reset();
    sb.sandbox.setFaults({ failRate: 0.5 });
    expect(await createMany(40)).toEqual(first);
  });

  it("uses the documented error bodies", async () => {
    sb.sandbox.setFaults({ failRate: 1 });
    const seen = new Map<number, unknown>();
    for (let i = 0; i < 20 && seen.size < 2; i++) {
      const answer = await sb.call("GET", "/domains");
      seen.set(answer.status, answer.json);
    }
    expect(seen.get(500)).toEqual({ category: "backend", code: "internal-server-error", message: expect.any(String), details: [] });
    expect(seen.get(503)).toEqual({ category: "unavailable", code: "service-unavailable", message: expect.any(String), details: [] });
  });
});

describe("lost responses (SANDBOX_LOST_RESPONSE_RATE)", () => {
  it("creates the endpoint but destroys the socket before any byte of the answer", async () => {
    sb.sandbox.setFaults({ lostResponseRate: 1 });
    await expect(sb.call("POST", endpoints, endpointBody("ghost"))).rejects.toThrow();
    expect(await endpointNames()).toContain("ghost");
    expect(sb.sandbox.stats()).toMatchObject({ created: 1, lostResponses: 1 });
    // What a careful client sees when it retries: the name is taken.
    sb.sandbox.setFaults({ lostResponseRate: 0 });
    expect((await sb.call("POST", endpoints, endpointBody("ghost"))).status).toBe(409);
  });

  it("writes not a single byte before closing", async () => {
    sb.sandbox.setFaults({ lostResponseRate: 1 });
    const body = JSON.stringify(endpointBody("raw-ghost"));
    const received = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(sb.origin).port), "127.0.0.1");
      let data = "";
      socket.on("data", (chunk) => (data += chunk.toString()));
      socket.on("close", () => resolve(data));
      socket.on("error", reject);
      socket.end(
        `POST /v1/users/u-demo${endpoints} HTTP/1.1\r\nHost: x\r\nAuthorization: ${sb.basicAuth}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    });
    expect(received).toBe("");
    expect(await endpointNames()).toContain("raw-ghost");
  });

  it("loses only creates, and with a seed loses a reproducible share of them", async () => {
    sb.sandbox.setFaults({ lostResponseRate: 0.5 });
    expect((await sb.call("GET", endpoints)).status).toBe(200);
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i++) {
      outcomes.push(await sb.call("POST", endpoints, endpointBody(`l-${i}`)).then((a) => String(a.status), () => "lost"));
    }
    expect(new Set(outcomes)).toEqual(new Set(["201", "lost"]));
    // Every attempt took effect, answered or not.
    expect(await endpointNames()).toHaveLength(SEEDED_ENDPOINTS + 20);
    expect(sb.sandbox.stats().lostResponses).toBe(outcomes.filter((o) => o === "lost").length);
  });
});

describe("latency (SANDBOX_LATENCY_MS)", () => {
  it("delays Catapult requests but not admin requests", async () => {
    sb.sandbox.setFaults({ latencyMs: 150 });
    const started = performance.now();
    await sb.call("GET", "/domains");
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const adminStarted = performance.now();
    await sb.call("GET", "/_sandbox/stats");
    expect(performance.now() - adminStarted).toBeLessThan(140);
  });
});

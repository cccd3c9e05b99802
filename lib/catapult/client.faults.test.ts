// The promise the bulk runner stands on: under server faults, lost answers and a rate
// limit, every create is reported once with an id and the domain holds each name once.
import { afterAll, beforeAll, expect, it } from "vitest";
import { type SandboxProcess, startSandbox } from "@/scripts/test-support/sandbox-process";
import { createCatapultClient } from "./client";

let sandbox: SandboxProcess;
beforeAll(async () => {
  sandbox = await startSandbox({
    SANDBOX_SEED: "none",
    SANDBOX_RATE_LIMIT: "20",
    SANDBOX_FAIL_RATE: "0.1",
    SANDBOX_LOST_RESPONSE_RATE: "0.05",
    SANDBOX_RANDOM_SEED: String(Date.now() % 100_000),
  });
});
afterAll(() => sandbox?.stop());

it("300 creates under faults end with exactly 300 endpoints, each name once, every id reported", { timeout: 120_000 }, async () => {
  const client = createCatapultClient({
    baseUrl: sandbox.url,
    userId: sandbox.userId,
    apiToken: sandbox.token,
    apiSecret: sandbox.secret,
    ratePerSecond: 20,
    timeoutMs: 5000,
  });
  const domainId = await sandbox.createDomain("faults");
  const names = Array.from({ length: 300 }, (_, i) => `fault-${i}`);
  const results = await Promise.all(names.map((name) => client.createEndpoint(domainId, { name, password: "abc123" })));

  const state = await sandbox.admin<{ id: string; name: string }[]>(`/_sandbox/endpoints?domainId=${domainId}`);
  const stats = await sandbox.admin<{ injectedFailures: number; lostResponses: number }>("/_sandbox/stats");
  expect(stats.injectedFailures).toBeGreaterThan(0);
  expect(stats.lostResponses).toBeGreaterThan(0);
  expect(state).toHaveLength(300);
  expect(new Set(state.map((e) => e.name))).toEqual(new Set(names));
  const idByName = new Map(state.map((e) => [e.name, e.id]));
  results.forEach((result, i) => expect(result.id).toBe(idByName.get(names[i]!)));
  expect(results.some((r) => r.outcome === "already-existed")).toBe(true);
});


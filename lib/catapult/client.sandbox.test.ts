// The client against a running sandbox, over HTTP, as it would talk to Catapult.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SandboxProcess, startSandbox } from "@/scripts/test-support/sandbox-process";
import { createCatapultClient } from "./client";
import type { CatapultConfig } from "./http";

let sandbox: SandboxProcess;
let config: CatapultConfig;
let domainId: string;


beforeAll(async () => {
  sandbox = await startSandbox({ SANDBOX_SEED: "none" });
  config = { baseUrl: sandbox.url, userId: sandbox.userId, apiToken: sandbox.token, apiSecret: sandbox.secret, ratePerSecond: 1000, timeoutMs: 5000 };
  domainId = await sandbox.createDomain("client-test");
});
afterAll(() => sandbox?.stop());

describe("Catapult client against the sandbox", () => {
  it("creates an endpoint and reads back its generated SIP identity, never the password", async () => {
    const client = createCatapultClient(config);
    const created = await client.createEndpoint(domainId, { name: "jsmith_mobile", description: "John", enabled: false, password: "abc123" });
    expect(created.outcome).toBe("created");
    expect(created.id).toMatch(/^re-/);
    const endpoint = await client.getEndpoint(domainId, created.id);
    expect(endpoint).toMatchObject({ id: created.id, name: "jsmith_mobile", enabled: false, domainId, username: "jsmith_mobile" });
    expect(endpoint.sipUri).toContain("jsmith_mobile@client-test.");
    expect(endpoint.realm).toBe("client-test.bwapp.bwsipp.io");
    expect(JSON.stringify(endpoint)).not.toContain("abc123");
  });

  it("reports a duplicate name as a typed conflict on the name field", async () => {
    const client = createCatapultClient(config);
    await client.createEndpoint(domainId, { name: "dup", password: "abc123" });
    await expect(client.createEndpoint(domainId, { name: "dup", password: "abc123" })).rejects.toMatchObject({ kind: "conflict", status: 409, field: "name" });
  });

  it("answers a wrong secret with a typed 401 that does not contain the secret", async () => {
    const client = createCatapultClient({ ...config, apiSecret: "wrong-secret-xyz" });
    const error = await client.listDomains().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "CatapultError", kind: "unauthorized", status: 401, retryable: false });
    expect(String(error)).not.toContain("wrong-secret-xyz");
  });

  it("lists 2,500 endpoints by following rel=next with size=1000", async () => {
    const big = await sandbox.createDomain("big-domain");
    const client = createCatapultClient(config);
    const names = Array.from({ length: 2500 }, (_, i) => `ext-${String(i).padStart(4, "0")}`);
    for (let i = 0; i < names.length; i += 50) {
      await Promise.all(names.slice(i, i + 50).map((name) => client.createEndpoint(big, { name, password: "abc123" })));
    }
    const before = await sandbox.admin<{ requests: { byMethod: Record<string, number> } }>("/_sandbox/stats");
    const listed = await client.listAllEndpoints(big);
    const after = await sandbox.admin<{ requests: { byMethod: Record<string, number> } }>("/_sandbox/stats");
    expect(listed.map((e) => e.name).toSorted()).toEqual(names);
    expect((after.requests.byMethod.GET ?? 0) - (before.requests.byMethod.GET ?? 0)).toBe(3);
  });

  it("waits out a 429 until X-RateLimit-Reset and succeeds", async () => {
    const client = createCatapultClient(config); // allows itself far more than the sandbox will take
    await sandbox.admin("/_sandbox/faults", { rateLimit: 2 });
    try {
      const before = await sandbox.admin<{ rateLimited: number }>("/_sandbox/stats");
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => client.createEndpoint(domainId, { name: `burst-${i}`, password: "abc123" })),
      );
      const after = await sandbox.admin<{ rateLimited: number }>("/_sandbox/stats");
      expect(results.every((r) => r.outcome === "created")).toBe(true);
      expect(after.rateLimited).toBeGreaterThan(before.rateLimited);
    } finally {
      await sandbox.admin("/_sandbox/faults", { rateLimit: 0 });
    }
  });
});

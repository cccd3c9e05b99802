// The client against every reading of what the docs leave open, each emulated by the
// sandbox (docs/catapult-fidelity.md lists them): the dashboard must work under all of them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateEndpoint } from "@/lib/endpoints/server/update-endpoint";
import { type SandboxProcess, startSandbox } from "@/scripts/test-support/sandbox-process";
import { createCatapultClient } from "./client";
import type { CatapultConfig } from "./http";

let sandbox: SandboxProcess;
let config: CatapultConfig;
const APPLICATION = "a-0000000000000000000000a1"; // in the demo seed

beforeAll(async () => {
  sandbox = await startSandbox({ SANDBOX_RATE_LIMIT: "0" });
  config = { baseUrl: sandbox.url, userId: sandbox.userId, apiToken: sandbox.token, apiSecret: sandbox.secret, ratePerSecond: 1000, timeoutMs: 5000 };
});
afterAll(() => sandbox?.stop());

const setModes = (modes: Record<string, unknown>) => sandbox.admin("/_sandbox/faults", modes);
const rateLimited = async () => (await sandbox.admin<{ rateLimited: number }>("/_sandbox/stats")).rateLimited;
let domainCount = 0;
const newDomain = () => sandbox.createDomain(`fidelity-${++domainCount}`);

describe("rate limits, however Catapult counts them", () => {
  afterAll(() => setModes({ rateLimit: 0, rateLimitMode: "fixed-window", rateLimitScope: "resource" }));

  const modes = ["fixed-window", "sliding-window", "token-bucket", "min-gap"] as const;
  const scopes = ["resource", "path-prefix"] as const;
  it.each(modes.flatMap((mode) => scopes.map((scope) => [mode, scope] as const)))(
    "%s, counting by %s: creates and reads at the configured rate draw no 429",
    { timeout: 30_000 },
    async (mode, scope) => {
      const domainId = await newDomain();
      await setModes({ rateLimit: 10, rateLimitMode: mode, rateLimitScope: scope });
      const client = createCatapultClient({ ...config, ratePerSecond: 10 });
      const before = await rateLimited();
      const creates = Array.from({ length: 16 }, (_, i) => client.createEndpoint(domainId, { name: `paced-${i}`, password: "abc123" }, { background: true }));
      const reads = [client.listDomains(), client.listAllEndpoints(domainId), client.listDomains()];
      await Promise.all([...creates, ...reads]);
      expect(await rateLimited()).toBe(before);
      expect(await client.listAllEndpoints(domainId)).toHaveLength(16);
    },
  );
});

describe("paging", () => {
  let bigDomain: string;
  beforeAll(async () => {
    bigDomain = await newDomain();
    const client = createCatapultClient(config);
    for (let i = 0; i < 1001; i += 50) {
      await Promise.all(Array.from({ length: Math.min(50, 1001 - i) }, (_, j) => client.createEndpoint(bigDomain, { name: `p-${i + j}`, password: "abc123" })));
    }
  }, 60_000);
  afterAll(() => setModes({ linkStyle: "absolute" }));

  it("reads the domains at their own largest page (100), which a size of 1000 would break", async () => {
    await expect(createCatapultClient(config).listDomains()).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ name: "mycoolapp_stage" })]));
  });

  it.each(["absolute", "relative"])("follows %s next links to the second page", async (linkStyle) => {
    await setModes({ linkStyle });
    expect(await createCatapultClient(config).listAllEndpoints(bigDomain)).toHaveLength(1001);
  });

  it.each([
    ["foreign-host", /outside this Catapult account/],
    ["loop", /repeats an earlier page/],
  ])("refuses %s next links with a typed error", async (linkStyle, message) => {
    await setModes({ linkStyle });
    await expect(createCatapultClient(config).listAllEndpoints(bigDomain)).rejects.toMatchObject({ kind: "bad-response", message: expect.stringMatching(message) });
  });
});

describe("creates, reads and updates", () => {
  afterAll(() => setModes({ createStatus: 201, createLocation: "on", getDomain: "on", endpointIdInBody: "on", nullUpdate: "clear", idStyle: "hex24", sipUriStyle: "docs", usernameStyle: "name" }));

  it.each([
    [200, "on"],
    [202, "on"],
    [201, "off"],
    [200, "off"],
  ] as const)("a create answered %i with Location %s ends with the right id, posted once", async (createStatus, createLocation) => {
    const domainId = await newDomain();
    await setModes({ createStatus, createLocation, idStyle: "catapult" });
    const client = createCatapultClient(config);
    const created = await client.createEndpoint(domainId, { name: `c-${createStatus}-${createLocation}`, password: "abc123" });
    const listed = await client.listAllEndpoints(domainId);
    expect(listed).toEqual([expect.objectContaining({ id: created.id, name: `c-${createStatus}-${createLocation}` })]);
    const domain = await client.createDomain({ name: `made-${createStatus}-${createLocation}`, description: "fidelity" });
    expect((await client.listDomains()).filter((d) => d.name === `made-${createStatus}-${createLocation}`)).toEqual([expect.objectContaining({ id: domain.id })]);
  });

  it.each(["404", "405"])("finds a domain in the list when GET /domains/{id} answers %s", async (getDomain) => {
    const domainId = await newDomain();
    await setModes({ getDomain });
    await expect(createCatapultClient(config).getDomain(domainId)).resolves.toMatchObject({ id: domainId });
  });

  it("takes an endpoint's id from the path when its body has none, and shows styles as given", async () => {
    const domainId = await newDomain();
    await setModes({ endpointIdInBody: "off", sipUriStyle: "sip-prefix", usernameStyle: "generated" });
    const client = createCatapultClient(config);
    const { id } = await client.createEndpoint(domainId, { name: "alice", password: "abc123" });
    const endpoint = await client.getEndpoint(domainId, id);
    expect(endpoint).toMatchObject({ id, name: "alice" });
    expect(endpoint.sipUri).toMatch(/^sip:alice@/);
    expect(endpoint.username).not.toBe("alice");
  });

  it.each([
    ["clear", []],
    ["unchanged", ["applicationId"]],
  ])("after detaching an application where null means %s, reports what Catapult kept", async (nullUpdate, notApplied) => {
    const domainId = await newDomain();
    await setModes({ nullUpdate });
    const client = createCatapultClient(config);
    const { id } = await client.createEndpoint(domainId, { name: "bob", password: "abc123", applicationId: APPLICATION });
    const result = await updateEndpoint(client, domainId, id, { applicationId: "", description: "desk" });
    expect(result.notApplied).toEqual(notApplied);
    expect(result.endpoint.description).toBe("desk");
  });

  it("another account's user id is a 401, as the docs say", async () => {
    await expect(createCatapultClient({ ...config, userId: "u-someone-else" }).listDomains()).rejects.toMatchObject({ kind: "unauthorized", status: 401 });
  });
});

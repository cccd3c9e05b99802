// SANDBOX_SEED_ENDPOINTS: a large domain at start, the same on every start and after a reset,
// served through the ordinary paged list like any other endpoints.
import { describe, expect, it } from "vitest";
import { readSandboxConfig, SandboxConfigError } from "./create-sandbox";
import { SEEDED_DOMAIN_ID } from "./seed-endpoints";
import { DEMO, sandboxForFile, startSandbox } from "./test-support";

type Listed = { id: string; name: string; enabled: boolean; description?: string };

const sb = sandboxForFile({ seedEndpoints: 2500 });

async function listAll(domainId: string): Promise<{ items: Listed[]; pages: number }> {
  let url: string | null = `${sb.userUrl}/domains/${domainId}/endpoints?size=1000`;
  const items: Listed[] = [];
  let pages = 0;
  while (url) {
    const answer = await sb.call("GET", url);
    expect(answer.status).toBe(200);
    items.push(...(answer.json as Listed[]));
    pages++;
    url = /<([^>]+)>;\s*rel="next"/.exec(answer.headers.get("link") ?? "")?.[1] ?? null;
  }
  return { items, pages };
}

describe("SANDBOX_SEED_ENDPOINTS", () => {
  it("reads the count and the domain name, refusing bad values by name", () => {
    expect(readSandboxConfig({})).toMatchObject({ seedEndpoints: 0, seedEndpointsDomain: "acme-large" });
    expect(readSandboxConfig({ SANDBOX_SEED_ENDPOINTS: "10000", SANDBOX_SEED_ENDPOINTS_DOMAIN: "big_one" })).toMatchObject({ seedEndpoints: 10000, seedEndpointsDomain: "big_one" });
    for (const [name, value] of [["SANDBOX_SEED_ENDPOINTS", "many"], ["SANDBOX_SEED_ENDPOINTS", "-1"], ["SANDBOX_SEED_ENDPOINTS_DOMAIN", "a b"]] as const) {
      expect(() => readSandboxConfig({ [name]: value })).toThrow(SandboxConfigError);
      expect(() => readSandboxConfig({ [name]: value })).toThrow(name);
    }
  });

  it("adds a domain beside the seed file's with N endpoints, paged by 1,000 like any list", async () => {
    const domains = (await sb.call("GET", "/domains")).json as { id: string; name: string }[];
    expect(domains.map((d) => d.name)).toEqual(["acme-sales", "acme-support", "mycoolapp_stage", "acme-large"]);
    const { items, pages } = await listAll(SEEDED_DOMAIN_ID);
    expect(pages).toBe(3);
    expect(items).toHaveLength(2500);
    expect(items[0]).toMatchObject({ id: "re-5eed00000000000000000000", name: "ep-00001", enabled: true, description: "Seeded desk phone 1" });
    expect(items[6]).toMatchObject({ name: "ep-00007", enabled: false });
    expect(items.at(-1)).toMatchObject({ name: "ep-02500" });
    expect(new Set(items.map((e) => e.name)).size).toBe(2500);
  });

  it("is the same after a reset, and after a change is reset away", async () => {
    const before = (await listAll(SEEDED_DOMAIN_ID)).items;
    expect((await sb.call("DELETE", `/domains/${SEEDED_DOMAIN_ID}/endpoints/${before[0]!.id}`)).status).toBe(200);
    sb.sandbox.reset();
    expect((await listAll(SEEDED_DOMAIN_ID)).items).toEqual(before);
  });

  it("goes into a domain the seed file already has when named, keeping that domain's endpoints", async () => {
    const other = await startSandbox({ seedEndpoints: 30, seedEndpointsDomain: "acme-sales" });
    try {
      const listed = (await other.call("GET", `/domains/${DEMO.salesDomain}/endpoints?size=1000`)).json as Listed[];
      expect(listed).toHaveLength(30 + 3);
      expect(listed.filter((e) => e.name.startsWith("ep-"))).toHaveLength(30);
    } finally {
      await other.close();
    }
  });
});

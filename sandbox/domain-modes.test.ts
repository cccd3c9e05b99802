// Domain behaviour the docs leave open: GET of one domain, the account's domain limit,
// deleting a domain that still holds endpoints, and the duplicate-name status.
import { describe, expect, it } from "vitest";
import { DEMO, domainBody, sandboxForFile } from "./test-support";

const sb = sandboxForFile();

const oneDomain = `/domains/${DEMO.salesDomain}`;

describe("SANDBOX_GET_DOMAIN (GET /domains/{id} is not among the documented calls)", () => {
  it("on (the default): 200 with the domain", async () => {
    expect((await sb.call("GET", oneDomain)).json).toMatchObject({ id: DEMO.salesDomain, name: "acme-sales" });
  });

  it("404: answered as an unknown path, using no quota; DELETE still works", async () => {
    sb.sandbox.setFaults({ getDomain: "404", rateLimit: 1 });
    const answer = await sb.call("GET", oneDomain);
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ category: "not-found", code: "resource-not-found" });
    expect((await sb.call("DELETE", oneDomain)).status).toBe(200);
  });

  it("405: method-not-allowed with Allow: DELETE; the list still has the domain", async () => {
    sb.sandbox.setFaults({ getDomain: "405" });
    const answer = await sb.call("GET", oneDomain);
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe("DELETE");
    expect(answer.json).toMatchObject({ code: "method-not-allowed" });
    expect((await sb.call("GET", "/domains")).json).toContainEqual(expect.objectContaining({ id: DEMO.salesDomain }));
  });
});

describe("SANDBOX_MAX_DOMAINS (docs: at most 100 domains per account)", () => {
  it("refuses the 101st domain with 400 domain-limit-reached and creates nothing", async () => {
    for (let i = 3; i < 100; i++) expect((await sb.call("POST", "/domains", domainBody(`d${i}`))).status).toBe(201);
    expect((await sb.call("GET", "/domains?size=100")).json).toHaveLength(100);
    const refused = await sb.call("POST", "/domains", domainBody("one-too-many"));
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual({
      category: "bad-request",
      code: "domain-limit-reached",
      message: expect.any(String),
      details: [{ name: "domains", value: "100" }],
    });
    // A freed place can be used again.
    expect((await sb.call("DELETE", oneDomain)).status).toBe(200);
    expect((await sb.call("POST", "/domains", domainBody("one-too-many"))).status).toBe(201);
  });

  it("takes the limit from its setting", async () => {
    sb.sandbox.setFaults({ maxDomains: 3 });
    expect((await sb.call("POST", "/domains", domainBody("fourth"))).json).toMatchObject({ code: "domain-limit-reached" });
  });
});

describe("SANDBOX_DELETE_DOMAIN_WITH_ENDPOINTS", () => {
  it("cascade (the default): the domain goes, and its endpoints with it", async () => {
    expect((await sb.call("DELETE", oneDomain)).status).toBe(200);
    expect(sb.sandbox.stats().endpoints).not.toHaveProperty(DEMO.salesDomain);
  });

  it("refuse: 409 domain-has-endpoints while it holds any; deleted once empty", async () => {
    sb.sandbox.setFaults({ deleteDomainWithEndpoints: "refuse" });
    const refused = await sb.call("DELETE", oneDomain);
    expect(refused.status).toBe(409);
    expect(refused.json).toEqual({
      category: "conflict",
      code: "domain-has-endpoints",
      message: expect.any(String),
      details: [{ name: "endpoints", value: "3" }],
    });
    expect(sb.sandbox.stats().endpoints[DEMO.salesDomain]).toBe(3);
    for (const e of ["e1", "e2", "e3"]) {
      expect((await sb.call("DELETE", `${oneDomain}/endpoints/re-0000000000000000000000${e}`)).status).toBe(200);
    }
    expect((await sb.call("DELETE", oneDomain)).status).toBe(200);
  });
});

describe("duplicate domain names", () => {
  it("use SANDBOX_DUPLICATE_NAME_STATUS, as endpoints do", async () => {
    sb.sandbox.setFaults({ duplicateNameStatus: 400 });
    const answer = await sb.call("POST", "/domains", domainBody("acme-sales"));
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ category: "bad-request", code: "domain-name-already-exists" });
  });
});

import { describe, expect, it } from "vitest";
import { DEMO, domainBody, endpointBody, idFromLocation, sandboxForFile } from "./test-support";

const sb = sandboxForFile();

describe("domains", () => {
  it("lists the seed's domains with the path of their endpoint list", async () => {
    const answer = await sb.call("GET", "/domains");
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual([
      {
        id: DEMO.salesDomain,
        name: "acme-sales",
        description: "Sales team softphones",
        endpoints: `/v1/users/u-demo/domains/${DEMO.salesDomain}/endpoints`,
      },
      expect.objectContaining({ id: DEMO.supportDomain, name: "acme-support" }),
      expect.objectContaining({ id: DEMO.stageDomain, name: "mycoolapp_stage" }),
    ]);
  });

  it("creates with 201, empty body and a relative Location, then GET shows it", async () => {
    const created = await sb.call("POST", "/domains", domainBody("new-team", { description: "New" }));
    expect(created.status).toBe(201);
    expect(created.text).toBe("");
    expect(created.headers.get("location")).toMatch(/^\/v1\/users\/u-demo\/domains\/rd-[0-9a-f]{24}$/);
    const got = await sb.call("GET", `/domains/${idFromLocation(created)}`);
    expect(got.json).toMatchObject({ id: idFromLocation(created), name: "new-team", description: "New" });
  });

  it.each(["mycoolapp_stage2", "-lead", "trail_", "a".repeat(63), "UPPER_lower-09"])("accepts the name %j (letters, digits, - and _)", async (name) => {
    const answer = await sb.call("POST", "/domains", domainBody(name));
    expect(answer.status).toBe(201);
    expect((await sb.call("GET", `/domains/${idFromLocation(answer)}`)).json).toMatchObject({ name });
  });

  it.each(["dot.ted", "sp ace", "é", "a".repeat(64), 42])("refuses the name %j", async (name) => {
    const answer = await sb.call("POST", "/domains", domainBody("x", { name }));
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ category: "bad-request", code: "validation-error", details: [{ name: "name" }] });
  });

  it.each([
    ["no description", { name: "nodesc" }, [{ name: "description", value: "" }]],
    ["an empty description", { name: "nodesc", description: "" }, [{ name: "description", value: "" }]],
    ["no name", { description: "d" }, [{ name: "name", value: "" }]],
    ["neither", {}, [{ name: "name", value: "" }, { name: "description", value: "" }]],
  ])("requires both name and description (docs): %s gives 400 naming the field", async (_label, body, details) => {
    const answer = await sb.call("POST", "/domains", body);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ category: "bad-request", code: "validation-error", message: expect.any(String), details });
    expect((await sb.call("GET", "/domains")).json).toHaveLength(3);
  });

  it("refuses a duplicate name, ignoring case, with 409 domain-name-already-exists", async () => {
    const answer = await sb.call("POST", "/domains", domainBody("ACME-sales"));
    expect(answer.status).toBe(409);
    expect(answer.json).toMatchObject({ category: "conflict", code: "domain-name-already-exists", details: [{ name: "name", value: "ACME-sales" }] });
    expect((await sb.call("POST", "/domains", domainBody("MyCoolApp_Stage"))).status).toBe(409);
  });

  it("deletes a domain and its endpoints", async () => {
    expect((await sb.call("DELETE", `/domains/${DEMO.salesDomain}`)).status).toBe(200);
    expect((await sb.call("GET", `/domains/${DEMO.salesDomain}`)).json).toMatchObject({ code: "domain-not-found" });
    expect((await sb.call("GET", `/domains/${DEMO.salesDomain}/endpoints`)).status).toBe(404);
    expect(sb.sandbox.stats().endpoints).toEqual({ [DEMO.supportDomain]: 2, [DEMO.stageDomain]: 2 });
  });

  it("serves the seed's domain with _ in its name, realm and sipUri included", async () => {
    const list = await sb.call("GET", `/domains/${DEMO.stageDomain}/endpoints`);
    expect(list.json).toEqual([
      expect.objectContaining({ name: "stage_tester", sipUri: "stage_tester@mycoolapp_stage.bwapp.bwsipp.io" }),
      expect.objectContaining({ name: "1001", credentials: { realm: "mycoolapp_stage.bwapp.bwsipp.io", username: "1001" } }),
    ]);
  });

  it("realm and sipUri follow the domain's name", async () => {
    const domain = idFromLocation(await sb.call("POST", "/domains", domainBody("branch7")));
    const endpoint = idFromLocation(await sb.call("POST", `/domains/${domain}/endpoints`, endpointBody("1001")));
    expect((await sb.call("GET", `/domains/${domain}/endpoints/${endpoint}`)).json).toMatchObject({
      sipUri: "1001@branch7.bwapp.bwsipp.io",
      credentials: { realm: "branch7.bwapp.bwsipp.io", username: "1001" },
    });
  });
});

describe("applications", () => {
  it("lists and gets the seed's applications", async () => {
    const list = await sb.call("GET", "/applications");
    expect(list.status).toBe(200);
    expect(list.json).toHaveLength(3);
    const one = await sb.call("GET", `/applications/${DEMO.salesApp}`);
    expect(one.json).toEqual({
      id: DEMO.salesApp,
      name: "Sales IVR",
      incomingCallUrl: "https://example.com/callbacks/sales",
      autoAnswer: true,
      callbackHttpMethod: "post",
    });
    const missing = await sb.call("GET", "/applications/a-ffffffffffffffffffffffff");
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ code: "application-not-found" });
  });
});

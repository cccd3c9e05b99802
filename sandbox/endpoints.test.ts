import { describe, expect, it } from "vitest";
import { DEMO, endpointBody, idFromLocation, startSandbox, sandboxForFile } from "./test-support";

const sb = sandboxForFile();

const endpoints = `/domains/${DEMO.salesDomain}/endpoints`;

describe("create endpoint", () => {
  it("answers 201 with an empty body and a relative Location, then GET shows the generated fields", async () => {
    const created = await sb.call("POST", endpoints, {
      name: "jsmith_laptop",
      description: "John's laptop",
      applicationId: DEMO.salesApp,
      enabled: "false",
      credentials: { password: "s3cret-pw" },
    });
    expect(created.status).toBe(201);
    expect(created.text).toBe("");
    const location = created.headers.get("location") ?? "";
    expect(location).toMatch(new RegExp(`^/v1/users/u-demo/domains/${DEMO.salesDomain}/endpoints/re-[0-9a-f]{24}$`));

    const got = await sb.call("GET", `${endpoints}/${idFromLocation(created)}`);
    expect(got.status).toBe(200);
    expect(got.json).toEqual({
      id: idFromLocation(created),
      name: "jsmith_laptop",
      description: "John's laptop",
      domainId: DEMO.salesDomain,
      applicationId: DEMO.salesApp,
      enabled: false,
      sipUri: "jsmith_laptop@acme-sales.bwapp.bwsipp.io",
      credentials: { realm: "acme-sales.bwapp.bwsipp.io", username: "jsmith_laptop" },
    });
    expect(got.text).not.toContain("s3cret-pw");
    const list = await sb.call("GET", `${endpoints}?size=1000`);
    expect(list.text).not.toContain("s3cret-pw");
    expect(list.text).not.toContain("password");
  });

  it("answers the configured duplicate status (409 conflict) for a name already in the domain", async () => {
    expect((await sb.call("POST", endpoints, endpointBody("twin"))).status).toBe(201);
    const again = await sb.call("POST", endpoints, endpointBody("twin"));
    expect(again.status).toBe(409);
    expect(again.json).toEqual({
      category: "conflict",
      code: "endpoint-name-already-exists",
      message: expect.any(String),
      details: [{ name: "name", value: "twin" }],
    });
    // Same name in another domain is fine: uniqueness is per domain.
    expect((await sb.call("POST", `/domains/${DEMO.supportDomain}/endpoints`, endpointBody("twin"))).status).toBe(201);
  });

  it("answers 403 application-access-denied for an application the user does not have", async () => {
    const answer = await sb.call("POST", endpoints, endpointBody("orphan", { applicationId: "a-ffffffffffffffffffffffff" }));
    expect(answer.status).toBe(403);
    expect(answer.json).toMatchObject({
      category: "forbidden",
      code: "application-access-denied",
      details: [{ name: "applicationId", value: "a-ffffffffffffffffffffffff" }],
    });
    expect((await sb.sandbox.stats()).endpoints[DEMO.salesDomain]).toBe(3);
  });

  it("answers 404 domain-not-found under an unknown domain", async () => {
    const answer = await sb.call("POST", "/domains/rd-ffffffffffffffffffffffff/endpoints", endpointBody("x1"));
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ category: "not-found", code: "domain-not-found" });
  });

  it("refuses non-JSON (415), broken JSON (400) and bodies over 1 MiB (413)", async () => {
    const text = await sb.call("POST", endpoints, "name=x", { "Content-Type": "text/plain" });
    expect(text.status).toBe(415);
    const broken = await sb.call("POST", endpoints, "{not json");
    expect(broken.status).toBe(400);
    expect(broken.json).toMatchObject({ category: "bad-request", code: "validation-error" });
    const huge = await sb.call("POST", endpoints, endpointBody("big", { description: "x".repeat(1024 * 1024) }));
    expect(huge.status).toBe(413);
  });
});

describe("configurable choices", () => {
  it("uses SANDBOX_DUPLICATE_NAME_STATUS and SANDBOX_UNKNOWN_APPLICATION_STATUS", async () => {
    const other = await startSandbox({ duplicateNameStatus: 400, unknownApplicationStatus: 404 });
    try {
      const duplicate = await other.call("POST", endpoints, endpointBody("jsmith_mobile"));
      expect(duplicate.status).toBe(400);
      expect(duplicate.json).toMatchObject({ category: "bad-request", code: "endpoint-name-already-exists" });
      const unknownApp = await other.call("POST", endpoints, endpointBody("x2", { applicationId: "a-000000000000000000000000" }));
      expect(unknownApp.status).toBe(404);
      expect(unknownApp.json).toMatchObject({ category: "not-found", code: "application-not-found" });
    } finally {
      await other.close();
    }
  });
});

describe("update, delete, tokens", () => {
  async function createOne(name: string): Promise<string> {
    return idFromLocation(await sb.call("POST", endpoints, endpointBody(name)));
  }

  it("updates description, application, enabled and password with 200 and an empty body", async () => {
    const id = await createOne("upd");
    const answer = await sb.call("POST", `${endpoints}/${id}`, {
      name: "upd",
      description: "now described",
      applicationId: DEMO.salesApp,
      enabled: false,
      credentials: { password: "n3w-password" },
    });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe("");
    const got = await sb.call("GET", `${endpoints}/${id}`);
    expect(got.json).toMatchObject({ description: "now described", applicationId: DEMO.salesApp, enabled: false });
  });

  it("refuses a name change with 400 and changes nothing", async () => {
    const id = await createOne("fixed-name");
    const answer = await sb.call("POST", `${endpoints}/${id}`, { name: "other-name", description: "changed?" });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: "validation-error", details: [{ name: "name", value: "other-name" }] });
    expect((await sb.call("GET", `${endpoints}/${id}`)).json).not.toHaveProperty("description");
  });

  it("deletes with 200, after which the endpoint is 404 endpoint-not-found", async () => {
    const id = await createOne("doomed");
    expect((await sb.call("DELETE", `${endpoints}/${id}`)).status).toBe(200);
    const gone = await sb.call("GET", `${endpoints}/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.json).toMatchObject({ code: "endpoint-not-found" });
    // The name is free again.
    expect((await sb.call("POST", endpoints, endpointBody("doomed"))).status).toBe(201);
  });

  it("issues tokens: 201 {token, expires}, default 3600, range 1..86400", async () => {
    const id = await createOne("tok");
    const byDefault = await sb.call("POST", `${endpoints}/${id}/tokens`);
    expect(byDefault.status).toBe(201);
    expect(byDefault.json).toEqual({ token: expect.stringMatching(/^.{16,}$/), expires: 3600 });
    expect((await sb.call("POST", `${endpoints}/${id}/tokens`, { expires: 60 })).json).toMatchObject({ expires: 60 });
    for (const expires of [0, 86401, "60", 1.5]) {
      const bad = await sb.call("POST", `${endpoints}/${id}/tokens`, { expires });
      expect(bad.status, String(expires)).toBe(400);
      expect(bad.json).toMatchObject({ details: [{ name: "expires" }] });
    }
  });
});

// The readings of the contract a client must survive, for endpoints: what `null` does in an
// update, the create's status and Location, id formats, sipUri, username, `id` in a GET.
import { describe, expect, it } from "vitest";
import { DEMO, endpointBody, idFromLocation, sandboxForFile } from "./test-support";

const sb = sandboxForFile();

const endpoints = `/domains/${DEMO.salesDomain}/endpoints`;
const seeded = `${endpoints}/re-0000000000000000000000e1`; // jsmith_mobile, with description and application

type EndpointJson = { id?: string; name: string; sipUri: string; credentials: { realm: string; username: string } };

describe("SANDBOX_NULL_UPDATE", () => {
  it("clear (the default): null removes description and applicationId", async () => {
    expect((await sb.call("POST", seeded, { description: null, applicationId: null })).status).toBe(200);
    const got = (await sb.call("GET", seeded)).json;
    expect(got).not.toHaveProperty("description");
    expect(got).not.toHaveProperty("applicationId");
  });

  it("unchanged: null leaves the field as it was, while other values still apply", async () => {
    sb.sandbox.setFaults({ nullUpdate: "unchanged" });
    expect((await sb.call("POST", seeded, { description: null, applicationId: null, enabled: false })).status).toBe(200);
    expect((await sb.call("GET", seeded)).json).toMatchObject({
      description: "John Smith's mobile client",
      applicationId: DEMO.salesApp,
      enabled: false,
    });
    expect((await sb.call("POST", seeded, { description: "changed" })).status).toBe(200);
    expect((await sb.call("GET", seeded)).json).toMatchObject({ description: "changed" });
  });
});

describe("SANDBOX_CREATE_STATUS and SANDBOX_CREATE_LOCATION", () => {
  it.each([200, 202] as const)("answers a create with %i, an empty body and the Location", async (createStatus) => {
    sb.sandbox.setFaults({ createStatus });
    for (const [path, body] of [[endpoints, endpointBody("st")], ["/domains", { name: "st", description: "d" }]] as const) {
      const created = await sb.call("POST", path, body);
      expect(created.status).toBe(createStatus);
      expect(created.text).toBe("");
      expect((await sb.call("GET", `${path}/${idFromLocation(created)}`)).status).toBe(200);
    }
  });

  it("off: a 2xx with no Location; the new endpoint is found by its name", async () => {
    sb.sandbox.setFaults({ createLocation: "off" });
    for (const [path, body] of [[endpoints, endpointBody("nameless")], ["/domains", { name: "nameless", description: "d" }]] as const) {
      const created = await sb.call("POST", path, body);
      expect(created.status).toBe(201);
      expect(created.headers.has("location")).toBe(false);
      expect(((await sb.call("GET", `${path}?size=100`)).json as { name: string }[]).map((e) => e.name)).toContain("nameless");
    }
  });

  it("leaves token creation alone (201 with its JSON)", async () => {
    sb.sandbox.setFaults({ createStatus: 202, createLocation: "off" });
    expect((await sb.call("POST", `${seeded}/tokens`)).status).toBe(201);
  });
});

describe("SANDBOX_ID_STYLE", () => {
  it("hex24 (the default): the prefix and 24 hex digits", async () => {
    expect(idFromLocation(await sb.call("POST", endpoints, endpointBody("hex")))).toMatch(/^re-[0-9a-f]{24}$/);
  });

  it("catapult: letters, digits and -, never 24 hex, for endpoints and domains; they work in paths", async () => {
    sb.sandbox.setFaults({ idStyle: "catapult" });
    const domainId = idFromLocation(await sb.call("POST", "/domains", { name: "styled", description: "d" }));
    const endpointId = idFromLocation(await sb.call("POST", `/domains/${domainId}/endpoints`, endpointBody("styled")));
    for (const [id, prefix] of [[domainId, "rd-"], [endpointId, "re-"]] as const) {
      expect(id.startsWith(prefix)).toBe(true);
      expect(id).toMatch(/^r[de]-[a-z0-9]+-[a-z0-9]+$/);
      expect(id).not.toMatch(/^r[de]-[0-9a-f]{24}$/);
    }
    expect((await sb.call("GET", `/domains/${domainId}/endpoints/${endpointId}`)).json).toMatchObject({ id: endpointId, domainId });
  });
});

describe("SANDBOX_SIP_URI_STYLE, SANDBOX_USERNAME_STYLE, SANDBOX_ENDPOINT_ID_IN_BODY", () => {
  it("docs, name, on (the defaults): name@domain.bwapp.bwsipp.io, username = name, id in the body", async () => {
    expect((await sb.call("GET", seeded)).json).toEqual(
      expect.objectContaining({
        id: "re-0000000000000000000000e1",
        sipUri: "jsmith_mobile@acme-sales.bwapp.bwsipp.io",
        credentials: { realm: "acme-sales.bwapp.bwsipp.io", username: "jsmith_mobile" },
      }),
    );
  });

  it("sip-prefix: sip:name@domain.bwsip.io (the realm stays as the docs show it)", async () => {
    sb.sandbox.setFaults({ sipUriStyle: "sip-prefix" });
    expect((await sb.call("GET", seeded)).json).toMatchObject({
      sipUri: "sip:jsmith_mobile@acme-sales.bwsip.io",
      credentials: { realm: "acme-sales.bwapp.bwsipp.io" },
    });
  });

  it("generated: a username unlike the name, stable across reads, lists and resets", async () => {
    sb.sandbox.setFaults({ usernameStyle: "generated" });
    const one = (await sb.call("GET", seeded)).json as EndpointJson;
    expect(one.credentials.username).not.toBe(one.name);
    expect(one.credentials.username).toMatch(/^[a-z0-9]{8,}$/);
    const listed = ((await sb.call("GET", endpoints)).json as EndpointJson[]).find((e) => e.name === one.name);
    expect(listed?.credentials.username).toBe(one.credentials.username);
    const other = ((await sb.call("GET", endpoints)).json as EndpointJson[]).find((e) => e.name === "mjones-desk");
    expect(other?.credentials.username).not.toBe(one.credentials.username);
    sb.sandbox.reset();
    sb.sandbox.setFaults({ usernameStyle: "generated" });
    expect(((await sb.call("GET", seeded)).json as EndpointJson).credentials.username).toBe(one.credentials.username);
  });

  it("off: GET of one endpoint has no id, as in the docs' samples; lists keep it", async () => {
    sb.sandbox.setFaults({ endpointIdInBody: "off" });
    const one = (await sb.call("GET", seeded)).json as EndpointJson;
    expect(one).not.toHaveProperty("id");
    expect(one).toMatchObject({ name: "jsmith_mobile", domainId: DEMO.salesDomain });
    expect(((await sb.call("GET", endpoints)).json as EndpointJson[])[0]).toHaveProperty("id", "re-0000000000000000000000e1");
  });
});

// The create-endpoint rules as a table: each row is a body and the exact answer expected.
import { describe, expect, it } from "vitest";
import { DEMO, endpointBody, idFromLocation, sandboxForFile } from "./test-support";

const sb = sandboxForFile();

const endpoints = `/domains/${DEMO.salesDomain}/endpoints`;

describe("endpoint name (RFC 3261 user / telephone-subscriber)", () => {
  it.each(["jsmith_mobile2", "+1-919-555-0101", "a%20b", "a.b!~*'()&=+$,;?/c", "%7E"])("accepts %j", async (name) => {
    const answer = await sb.call("POST", endpoints, endpointBody(name));
    expect(answer.status).toBe(201);
    expect((await sb.call("GET", `${endpoints}/${idFromLocation(answer)}`)).json).toMatchObject({ name });
  });

  it.each([
    ["a b", "a b"],
    ["a@b", "a@b"],
    ["%zz", "%zz"],
    ["%2", "%2"],
    ["é", "é"],
    ["", ""],
    [42, "42"],
  ])("refuses %j with 400 naming the field", async (name, shown) => {
    const answer = await sb.call("POST", endpoints, endpointBody("x", { name }));
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      category: "bad-request",
      code: "validation-error",
      message: expect.any(String),
      details: [{ name: "name", value: shown }],
    });
  });

  it("refuses a body without name", async () => {
    const answer = await sb.call("POST", endpoints, { credentials: { password: "abc123" } });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ details: [{ name: "name" }] });
  });
});

describe("credentials.password (>= 6 Latin-1 characters)", () => {
  it.each(["abc123", "pässwörd", "with space ~", "\u00a0\u00ff\u00e9abc"])("accepts %j", async (password) => {
    const answer = await sb.call("POST", endpoints, endpointBody("pw-ok", { credentials: { password } }));
    expect(answer.status).toBe(201);
  });

  it.each([
    ["too short", "abc12"],
    ["euro sign (not Latin-1)", "pa€€word"],
    ["emoji", "secret😀pw"],
    ["control character", "abc\u0007def"],
    ["newline", "abcdef\n"],
    ["C1 control", "abc\u0085def"],
    ["not a string", 123456],
  ])("refuses %s and never echoes it", async (_label, password) => {
    const answer = await sb.call("POST", endpoints, endpointBody("pw-bad", { credentials: { password } }));
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: "validation-error", details: [{ name: "credentials.password" }] });
    expect(answer.text).not.toContain(JSON.stringify(password).slice(1, -1));
  });

  it.each([
    ["no credentials", {}, "credentials.password"],
    ["credentials not an object", { credentials: "abc123" }, "credentials"],
    ["credentials without password", { credentials: {} }, "credentials.password"],
  ])("refuses %s", async (_label, extra, field) => {
    const answer = await sb.call("POST", endpoints, { name: "pw-missing", ...extra });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ details: [{ name: field }] });
  });
});

describe("enabled (boolean or the strings the docs' example sends)", () => {
  it.each([
    [true, true],
    [false, false],
    ["true", true],
    ["false", false],
  ])("accepts %j and returns %j as a boolean", async (enabled, expected) => {
    const answer = await sb.call("POST", endpoints, endpointBody(`en-${String(enabled)}`, { enabled }));
    expect(answer.status).toBe(201);
    expect((await sb.call("GET", `${endpoints}/${idFromLocation(answer)}`)).json).toMatchObject({ enabled: expected });
  });

  it("defaults to true", async () => {
    const answer = await sb.call("POST", endpoints, endpointBody("en-default"));
    expect((await sb.call("GET", `${endpoints}/${idFromLocation(answer)}`)).json).toMatchObject({ enabled: true });
  });

  it("treats null as not given, like every optional field", async () => {
    const answer = await sb.call("POST", endpoints, endpointBody("en-null", { enabled: null }));
    expect((await sb.call("GET", `${endpoints}/${idFromLocation(answer)}`)).json).toMatchObject({ enabled: true });
  });

  it.each(["no", "False", 1, "1"])("refuses %j", async (enabled) => {
    const answer = await sb.call("POST", endpoints, endpointBody("en-bad", { enabled }));
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ details: [{ name: "enabled" }] });
  });
});

describe("other fields", () => {
  it("names every bad field at once", async () => {
    const answer = await sb.call("POST", endpoints, { name: "a b", description: 5, enabled: "no", credentials: { password: "x" } });
    expect(answer.status).toBe(400);
    const fields = (answer.json as { details: { name: string }[] }).details.map((d) => d.name);
    expect(fields).toEqual(["name", "description", "enabled", "credentials.password"]);
  });

  it("ignores unknown fields", async () => {
    expect((await sb.call("POST", endpoints, endpointBody("extra", { color: "blue", sipUri: "x" }))).status).toBe(201);
  });

  it.each([[{ applicationId: 7 }], [{ applicationId: "" }]])("refuses applicationId %j with 400", async (extra) => {
    const answer = await sb.call("POST", endpoints, endpointBody("app-bad", extra));
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ details: [{ name: "applicationId" }] });
  });

  it("refuses a body that is not an object", async () => {
    expect((await sb.call("POST", endpoints, [endpointBody("arr")])).status).toBe(400);
  });
});

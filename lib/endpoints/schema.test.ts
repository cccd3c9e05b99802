import { describe, expect, it } from "vitest";
import { generatePassword } from "./generate-password";
import { endpointChangesSchema, endpointNameSchema, endpointPasswordSchema, enabledFlagSchema, newEndpointSchema } from "./schema";
import { validationIssues } from "./validation-issue";

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? null : (result.error?.issues[0]?.message ?? null);
}

describe("endpoint name", () => {
  it.each(["jsmith_mobile", "+1-919-555-0100", "a%20b", "a.b!~*'()&=+$,;?/c", "X"])("accepts %j", (name) => {
    expect(endpointNameSchema.safeParse(name).success).toBe(true);
  });

  it.each([
    ["a b", /a space at position 2/],
    ["a@b", /"@" \(U\+0040\) at position 2/],
    ["%zz", /"%" at position 1 must be followed by two hex digits/],
    ["ab%2", /"%" at position 3/],
    ["", /Name is required/],
    ["a\r\nb", /control character U\+000D at position 2/],
    ["é", /U\+00E9/],
    ["x".repeat(256), /at most 255/],
  ])("refuses %j and says where", (name, message) => {
    expect(firstMessage(endpointNameSchema.safeParse(name))).toMatch(message);
  });

  it("refuses a non-string with a clear message", () => {
    expect(firstMessage(endpointNameSchema.safeParse(42))).toMatch(/Name/);
  });
});

describe("endpoint password", () => {
  it.each(["abc123", "pässwörd", "ÿ ~ ¡ÿ!", "x".repeat(255)])("accepts %j", (password) => {
    expect(endpointPasswordSchema.safeParse(password).success).toBe(true);
  });

  it.each([
    ["", /^Password is required$/],
    ["abc12", /at least 6/],
    ["pa€€word", /"€" \(U\+20AC\) at position 3 is not a Latin-1/],
    ["secret😀", /U\+1F600\) at position 7/],
    ["abc\u0000def", /control character U\+0000/],
    ["abc\tdef", /control character U\+0009/],
    ["abc\u0085def", /control character U\+0085/],
  ])("refuses %j", (password, message) => {
    expect(firstMessage(endpointPasswordSchema.safeParse(password))).toMatch(message);
  });

  it("never echoes the password in its message", () => {
    const message = firstMessage(endpointPasswordSchema.safeParse("hunter€2secret"));
    expect(message).not.toContain("hunter");
  });
});

describe("new endpoint", () => {
  it("accepts the documented example and leaves enabled to Catapult's default", () => {
    const parsed = newEndpointSchema.parse({ name: "jsmith_mobile", description: "John", password: "abc123" });
    expect(parsed).toEqual({ name: "jsmith_mobile", description: "John", password: "abc123" });
  });

  it("names the field of every problem", () => {
    const result = newEndpointSchema.safeParse({ name: "a b", password: "x", enabled: "maybe", applicationId: "../x" });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path.join(".")).toSorted();
    expect(fields).toEqual(["applicationId", "enabled", "name", "password"]);
  });
});

describe("issues as data: a code and params for each rule", () => {
  it.each([
    ["a@b", { code: "name_char", params: { position: 2, char: "U+0040" } }],
    ["a b", { code: "name_char", params: { position: 2, char: "U+0020" } }],
    ["ph😀ne", { code: "name_char", params: { position: 3, char: "U+1F600" } }],
    ["%zz", { code: "name_escape", params: { position: 1 } }],
    ["ab%2", { code: "name_escape", params: { position: 3 } }],
    ["", { code: "required", params: {} }],
    [undefined, { code: "required", params: {} }],
    [42, { code: "wrong_type", params: { expected: "string" } }],
    [null, { code: "wrong_type", params: { expected: "string" } }],
    ["x".repeat(256), { code: "too_long", params: { maximum: 255 } }],
  ])("name %j", (name, expected) => {
    expect(validationIssues(endpointNameSchema, name)).toEqual([{ field: "", ...expected }]);
  });

  it.each([
    ["", { code: "required", params: {} }],
    [undefined, { code: "required", params: {} }],
    ["abc12", { code: "too_short", params: { minimum: 6 } }],
    ["x".repeat(256), { code: "too_long", params: { maximum: 255 } }],
    ["pa€€word", { code: "password_char", params: { position: 3, char: "U+20AC" } }],
    ["abc\tdef", { code: "password_char", params: { position: 4, char: "U+0009" } }],
    ["secret😀", { code: "password_char", params: { position: 7, char: "U+1F600" } }],
  ])("password %j", (password, expected) => {
    expect(validationIssues(endpointPasswordSchema, password)).toEqual([{ field: "", ...expected }]);
  });

  it("never carries the password, or a piece of it, in params", () => {
    const password = "hunter2€secret";
    const [issue] = validationIssues(endpointPasswordSchema, password);
    expect(issue).toEqual({ field: "", code: "password_char", params: { position: 8, char: "U+20AC" } });
    const text = JSON.stringify(issue);
    for (const piece of ["hunter", "secret", "€"]) expect(text).not.toContain(piece);
  });

  it("names each field of an object and the other rules' codes", () => {
    const issues = validationIssues(newEndpointSchema, { name: "a b", enabled: "maybe", applicationId: 7, description: "x".repeat(1001) });
    expect(issues).toEqual([
      { field: "name", code: "name_char", params: { position: 2, char: "U+0020" } },
      { field: "description", code: "too_long", params: { maximum: 1000 } },
      { field: "applicationId", code: "invalid_value", params: {} },
      { field: "enabled", code: "wrong_type", params: { expected: "boolean" } },
      { field: "password", code: "required", params: {} },
    ]);
    expect(validationIssues(newEndpointSchema, { name: "ok", password: "abc123", applicationId: "../x" })).toEqual([
      { field: "applicationId", code: "invalid_format", params: { format: "regex" } },
    ]);
    expect(validationIssues(endpointChangesSchema, { name: "new" })).toEqual([{ field: "", code: "unknown_field", params: { keys: ["name"] } }]);
  });
});

describe("enabled as Catapult returns it", () => {
  it.each([
    [true, true],
    ["true", true],
    ["false", false],
    [false, false],
  ])("reads %j as %j", (input, expected) => {
    expect(enabledFlagSchema.parse(input)).toBe(expected);
  });
  it("refuses anything else", () => {
    expect(enabledFlagSchema.safeParse("yes").success).toBe(false);
  });
});

describe("generatePassword", () => {
  it("makes valid, distinct passwords of the asked length", () => {
    const a = generatePassword();
    const b = generatePassword();
    expect(a).toHaveLength(20);
    expect(a).not.toBe(b);
    expect(endpointPasswordSchema.safeParse(a).success).toBe(true);
    expect(generatePassword(8)).toHaveLength(8);
  });

  it("never starts with a character a spreadsheet reads as a formula", () => {
    for (let i = 0; i < 500; i++) expect(generatePassword()).toMatch(/^[A-Za-z0-9]/);
  });
});

import { describe, expect, it } from "vitest";
import { generatePassword } from "./generate-password";
import { endpointNameSchema, endpointPasswordSchema, enabledFlagSchema, newEndpointSchema } from "./schema";

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
    const fields = result.error?.issues.map((i) => i.path.join(".")).sort();
    expect(fields).toEqual(["applicationId", "enabled", "name", "password"]);
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

// Property-based checks of the shared schema (fast-check): names and passwords generated
// from the documented rules pass; ones with a character outside the rules fail, with a
// message that says where.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endpointNameSchema, endpointPasswordSchema, NAME_MAX, PASSWORD_MAX } from "./schema";
import { validationIssues } from "./validation-issue";

const SIP_USER_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()&=+$,;?/".split("");
const HEX = "0123456789abcdefABCDEF".split("");

const escape = fc.tuple(fc.constantFrom(...HEX), fc.constantFrom(...HEX)).map(([a, b]) => `%${a}${b}`);
const validName = fc
  .array(fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...SIP_USER_CHARS) }, { weight: 1, arbitrary: escape }), { minLength: 1, maxLength: 80 })
  .map((parts) => parts.join(""))
  .filter((name) => name.length <= NAME_MAX);

const latin1Char = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff })).map((cp) => String.fromCodePoint(cp));
const validPassword = fc.array(latin1Char, { minLength: 6, maxLength: 64 }).map((chars) => chars.join(""));

/** A code point no SIP user may contain: controls, space, @ < > " # [ ] etc., non-ASCII. */
const forbiddenInName = fc.oneof(
  fc.integer({ min: 0x00, max: 0x20 }),
  fc.constantFrom(...['"', "#", "<", ">", "@", "[", "]", "\\", "^", "`", "{", "|", "}", ":"].map((c) => c.codePointAt(0)!)),
  fc.integer({ min: 0x7f, max: 0x2fff }),
  fc.integer({ min: 0x1f300, max: 0x1faff }),
);
/** A code point outside Latin-1's graphic ranges. */
const forbiddenInPassword = fc.oneof(fc.integer({ min: 0x00, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }), fc.integer({ min: 0x100, max: 0xffff }).filter((cp) => cp < 0xd800 || cp > 0xdfff), fc.integer({ min: 0x10000, max: 0x10ffff }));

describe("shared schema, by property", () => {
  it("accepts every name built from RFC 3261 user characters and %XX escapes", () => {
    fc.assert(fc.property(validName, (name) => endpointNameSchema.safeParse(name).success), { numRuns: 2000 });
  });

  it("refuses a valid name with one forbidden character inserted, naming its position", () => {
    fc.assert(
      fc.property(validName, forbiddenInName, fc.nat(), (name, cp, at) => {
        const index = at % (name.length + 1);
        // Insert at a character boundary that does not split an escape.
        const before = name.slice(0, index).replace(/%[0-9A-Fa-f]?$/, "");
        const broken = before + String.fromCodePoint(cp) + name.slice(before.length);
        const result = endpointNameSchema.safeParse(broken);
        expect(result.success).toBe(false);
        expect(result.error?.issues[0]?.message).toMatch(/position \d+|at most/);
      }),
      { numRuns: 2000 },
    );
  });

  it("codes an inserted forbidden character as name_char, with its position and code point", () => {
    fc.assert(
      fc.property(validName, forbiddenInName, fc.nat(), (name, cp, at) => {
        const before = name.slice(0, at % (name.length + 1)).replace(/%[0-9A-Fa-f]?$/, "");
        const issues = validationIssues(endpointNameSchema, before + String.fromCodePoint(cp) + name.slice(before.length));
        const char = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
        expect(issues).toContainEqual({ field: "", code: "name_char", params: { position: before.length + 1, char } });
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses a % not followed by two hex digits", () => {
    fc.assert(
      fc.property(validName, fc.constantFrom("%", "%g", "%1", "%zz", "%G0"), (name, bad) => {
        expect(endpointNameSchema.safeParse(`${name}${bad}`).success).toBe(false);
      }),
    );
  });

  it("accepts every password of 6+ Latin-1 graphic characters", () => {
    fc.assert(fc.property(validPassword, (password) => endpointPasswordSchema.safeParse(password).success), { numRuns: 2000 });
  });

  it("refuses a password with one character outside Latin-1, without echoing the password", () => {
    fc.assert(
      fc.property(validPassword, forbiddenInPassword, fc.nat(), (password, cp, at) => {
        const chars = [...password];
        chars.splice(at % (chars.length + 1), 0, String.fromCodePoint(cp));
        const broken = chars.join("");
        const result = endpointPasswordSchema.safeParse(broken);
        expect(result.success).toBe(false);
        const message = result.error?.issues.map((i) => i.message).join(" ") ?? "";
        expect(message).toMatch(/not a Latin-1 character|at most/);
        if (password.length >= 8) expect(message).not.toContain(password);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses passwords shorter than 6 or longer than the cap", () => {
    fc.assert(fc.property(fc.array(latin1Char, { maxLength: 5 }), (chars) => !endpointPasswordSchema.safeParse(chars.join("")).success));
    expect(endpointPasswordSchema.safeParse("x".repeat(PASSWORD_MAX + 1)).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { generatedRowsCsv, parseNamePattern } from "./name-pattern";
import { parseEndpointRows } from "./parse-endpoint-rows";

const ok = (pattern: string) => {
  const parsed = parseNamePattern(pattern);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed;
};

describe("parseNamePattern", () => {
  it("counts a range and names its first and last", () => {
    const p = ok("ext-{100..199}");
    expect([p.count, p.first, p.last]).toEqual([100, "ext-100", "ext-199"]);
    expect(p.names()).toHaveLength(100);
  });

  it("keeps the zero padding of the range as written", () => {
    expect(ok("desk{001..250}").names().slice(0, 2)).toEqual(["desk001", "desk002"]);
    expect(ok("desk{001..250}").last).toBe("desk250");
    expect(ok("{8..11}-lab").names()).toEqual(["8-lab", "9-lab", "10-lab", "11-lab"]);
    expect(ok("p{07..9}").names()).toEqual(["p07", "p08", "p09"]);
  });

  it("allows exactly 10,000 names and refuses one more", () => {
    expect(ok("x{1..10000}").count).toBe(10_000);
    expect(parseNamePattern("x{1..10001}")).toMatchObject({ ok: false, problem: "too_many", message: expect.stringMatching(/10,001.*10,000/) });
  });

  it.each([
    ["desk", "no_range"],
    ["desk{a..z}", "no_range"],
    ["a{1..2}b{1..2}", "several_ranges"],
    ["ext-{199..100}", "descending"],
    ["desk {1..3}", "name_rule"],
    ["desk@{1..3}", "name_rule"],
    [`${"a".repeat(254)}{1..10}`, "name_too_long"],
  ])("refuses %s with %s", (pattern, problem) => {
    expect(parseNamePattern(pattern)).toMatchObject({ ok: false, problem });
  });

  it("says where a name breaks the rule", () => {
    const parsed = parseNamePattern("desk {1..3}");
    expect(parsed.ok || parsed.message).toMatch(/“desk 1” is not a valid endpoint name: a space at position 5/);
  });
});

describe("generatedRowsCsv", () => {
  it("makes a paste the preview reads like any other, passwords to be generated", () => {
    const csv = generatedRowsCsv(["d1", "d2"], { description: "Desk, 2nd floor", applicationId: "", enabled: false });
    const result = parseEndpointRows(csv, { generateMissingPasswords: true });
    expect(result.counts).toMatchObject({ total: 2, valid: 2 });
    expect(result.rows[0]?.endpoint).toMatchObject({ name: "d1", description: "Desk, 2nd floor", enabled: false });
    expect(result.rows.every((r) => r.passwordGenerated)).toBe(true);
  });
});

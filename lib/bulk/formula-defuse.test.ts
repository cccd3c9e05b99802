import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { findNameProblem, NAME_MAX } from "@/lib/endpoints/schema";
import { defuseCell, undefuseCell } from "./formula-defuse";

const SIP_CHARS = "ABCxyz0189-_.!~*'()&=+$,;?/".split("");
/** Any legal SIP name: the schema's characters (quote and formula starters included) and %XX escapes. */
const legalName = fc
  .array(fc.oneof(fc.constantFrom(...SIP_CHARS), fc.constantFrom("%20", "%41", "%7e")), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join(""))
  .filter((name) => name.length <= NAME_MAX && findNameProblem(name) === null);

describe("defuseCell / undefuseCell", () => {
  it.each([
    ["-front", "'-front"],
    ["=x", "'=x"],
    ["@home", "'@home"],
    ["+sales", "'+sales"],
    ["'quoted", "''quoted"],
    ["'=x", "''=x"],
    ["+1-919-555-0100", "+1-919-555-0100"],
    ["-5", "-5"],
    ["jsmith", "jsmith"],
  ])("defuses %j as %j and reads it back", (name, written) => {
    expect(defuseCell(name)).toBe(written);
    expect(undefuseCell(written)).toBe(name);
  });

  it("leaves a quote that is not ours alone", () => {
    expect(undefuseCell("'quoted")).toBe("'quoted");
    expect(undefuseCell("it's")).toBe("it's");
  });

  it("round-trips any legal SIP name", () => {
    fc.assert(fc.property(legalName, (name) => undefuseCell(defuseCell(name)) === name), { numRuns: 2000 });
  });

  it("round-trips any string at all, and through a CSV and a TSV file", () => {
    fc.assert(
      fc.property(fc.string(), (cell) => {
        expect(undefuseCell(defuseCell(cell))).toBe(cell);
        for (const delimiter of [",", "\t"]) {
          const text = Papa.unparse([[defuseCell(cell), "x"]], { delimiter });
          expect(undefuseCell(Papa.parse<string[]>(text, { delimiter }).data[0]![0]!)).toBe(cell);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("never leaves a formula start at the front of a written cell", () => {
    fc.assert(fc.property(fc.string(), (cell) => !/^[=@\t\r]/.test(defuseCell(cell))));
  });
});

import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv-response";

describe("toCsv", () => {
  it("quotes separators and quotes, and leaves empty cells empty", () => {
    const csv = toCsv(["a", "b", "c"], [["x,y", 'say "hi"', null]]);
    expect(Papa.parse<string[]>(csv.trim()).data).toEqual([["a", "b", "c"], ["x,y", 'say "hi"', ""]]);
  });

  it("defuses cells a spreadsheet would run as formulas, but keeps phone-number names", () => {
    const csv = toCsv(["name"], [["=HYPERLINK(\"x\")"], ["@SUM(A1)"], ["+1-919-555-0100"], ["-5"], ["jsmith"]]);
    const cells = Papa.parse<string[]>(csv.trim()).data.slice(1).map((r) => r[0]);
    expect(cells).toEqual(["'=HYPERLINK(\"x\")", "'@SUM(A1)", "+1-919-555-0100", "-5", "jsmith"]);
  });
});

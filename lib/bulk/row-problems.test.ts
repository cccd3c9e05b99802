import { describe, expect, it } from "vitest";
import { NAME_RULE, PASSWORD_RULE } from "@/lib/endpoints/schema";
import { parseEndpointRows, type ParsedRow, type RowIssue } from "./parse-endpoint-rows";
import { brokenRules, rowProblems } from "./row-problems";

function row(errors: ParsedRow["errors"]): ParsedRow {
  return { sourceRow: 2, cells: ["x"], endpoint: { name: "x" }, errors, status: Object.keys(errors).length ? "invalid" : "valid", passwordGenerated: false };
}
const issue = (code: RowIssue["code"], params: RowIssue["params"], message: string): RowIssue => ({ code, params, message });

describe("rowProblems", () => {
  it("tells broken character rules by position, without the long rule text, each under its field", () => {
    const { rows } = parseEndpointRows("name,password\na@b,pa€€word\n%zz,abc123\n");
    expect(rowProblems(rows[0]!)).toEqual([
      { field: "name", label: "Name", message: '"@" (U+0040) at position 2 is not allowed' },
      { field: "password", label: "Password", message: '"€" (U+20AC) at position 3 is not a Latin-1 character' },
    ]);
    expect(rowProblems(rows[1]!)).toEqual([{ field: "name", label: "Name", message: '"%" at position 1 must be followed by two hex digits' }]);
    const text = rowProblems(rows[0]!).map((p) => p.message).join(" ");
    expect(text).not.toContain(NAME_RULE);
    expect(text).not.toContain(PASSWORD_RULE);
  });

  it("labels only the messages that do not name their field, in the table's column order", () => {
    const { rows } = parseEndpointRows("name,password,application,enabled,colour\nok,abc,Nope,maybe\n,abc123,,,,extra\n", { applications: [] });
    expect(rowProblems(rows[0]!)).toEqual([
      { field: "password", label: null, message: "Password must be at least 6 characters" },
      { field: "application", label: "Application", message: 'No application named "Nope".' },
      { field: "enabled", label: null, message: 'Enabled must be true or false (or yes/no, 1/0), not "maybe".' },
    ]);
    expect(rowProblems(rows[1]!).map((p) => [p.field, p.label])).toEqual([
      ["row", null],
      ["name", null],
    ]);
  });

  it("labels an application id the schema refuses, whose message does not name the field", () => {
    const { rows } = parseEndpointRows("name,password,applicationId\nok,abc123,../x\n");
    expect(rowProblems(rows[0]!)).toEqual([{ field: "applicationId", label: "Application", message: expect.stringMatching(/Catapult id/) }]);
  });

  it("is decided by the code and params, not by the words: a reworded message changes nothing", () => {
    const reworded = row({
      name: issue("name_char", { position: 4, char: "U+0040" }, "Some entirely new wording about the name"),
      password: issue("password_char", { position: 1, char: "U+0009" }, "Passwort: Tabulator nicht erlaubt"),
    });
    expect(rowProblems(reworded)).toEqual([
      { field: "name", label: "Name", message: '"@" (U+0040) at position 4 is not allowed' },
      { field: "password", label: "Password", message: "control character U+0009 at position 1 is not a Latin-1 character" },
    ]);
    expect(brokenRules([reworded])).toEqual({ name: true, password: true });
  });

  it("shows a message that merely quotes a rule as written, under the label its code asks for", () => {
    const quoting = row({ application: issue("unknown_application", { name: "Desk" }, `Use ${NAME_RULE}.`) });
    expect(rowProblems(quoting)).toEqual([{ field: "application", label: "Application", message: `Use ${NAME_RULE}.` }]);
  });
});

describe("brokenRules", () => {
  it("says which character rules invalid rows break", () => {
    const { rows } = parseEndpointRows("name,password\na b,abc123\nok,abc\nok2,secret😀\n");
    expect(brokenRules(rows)).toEqual({ name: true, password: true });
    expect(brokenRules(rows.slice(0, 2))).toEqual({ name: true, password: false });
    expect(brokenRules(rows.slice(1, 2))).toEqual({ name: false, password: false });
    expect(brokenRules(parseEndpointRows("name,password\nab%2,abc123\n").rows)).toEqual({ name: true, password: false });
  });

  it("ignores a message that ends with the rule text when its code is another rule's", () => {
    const lookalike = row({
      name: issue("repeated_name", { rows: [2, 3] }, `Name "x" is repeated. Use ${NAME_RULE}.`),
      password: issue("too_short", { minimum: 6 }, `Password: too short. Use ${PASSWORD_RULE}.`),
    });
    expect(brokenRules([lookalike])).toEqual({ name: false, password: false });
  });

  it("counts only invalid rows", () => {
    const flagged = { ...row({ name: issue("name_char", { position: 1, char: "U+0020" }, "") }), status: "exists" as const };
    expect(brokenRules([flagged])).toEqual({ name: false, password: false });
  });
});

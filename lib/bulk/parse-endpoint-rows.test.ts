import { describe, expect, it } from "vitest";
import { TEMPLATE_CSV } from "./columns";
import { MAX_BULK_ROWS } from "./limits";
import { parseEndpointRows } from "./parse-endpoint-rows";

const apps = [
  { id: "a-1", name: "Softphones" },
  { id: "a-2", name: "Desk" },
  { id: "a-3", name: "Desk" },
];

describe("parseEndpointRows", () => {
  it("reads tab-separated rows pasted from a spreadsheet, header in any case", () => {
    const result = parseEndpointRows("NAME\tPassword\tDescription\tEnabled\nalice\tabc123\tAlice's phone\tno\nbob\tabc124\t\t\n");
    expect(result).toMatchObject({ hasHeader: true, delimiter: "\t", problems: [], counts: { total: 2, valid: 2, invalid: 0, exists: 0 } });
    expect(result.rows[0]).toMatchObject({ sourceRow: 2, endpoint: { name: "alice", password: "abc123", description: "Alice's phone", enabled: false } });
    expect(result.rows[1]?.endpoint).toEqual({ name: "bob", description: "", password: "abc124" });
  });

  it("handles quotes, embedded separators and newlines, CRLF, a BOM, blank and trailing lines", () => {
    const csv = '\uFEFFName,Description,Password\r\n"carol","Desk, 2nd ""floor""\r\nnear lift",abc123\r\n\r\n"dave",,"pa,ss""w"\r\n\r\n\r\n';
    const result = parseEndpointRows(csv);
    expect(result.delimiter).toBe(",");
    expect(result.rows.map((r) => r.sourceRow)).toEqual([2, 4]);
    expect(result.rows[0]?.endpoint.description).toBe('Desk, 2nd "floor"\r\nnear lift');
    expect(result.rows[1]?.endpoint.password).toBe('pa,ss"w');
    expect(result.counts.valid).toBe(2);
  });

  it("flags errors per cell with the source row number", () => {
    const result = parseEndpointRows("name,password,enabled\na b,abc123,\nok,abc,maybe\n,abc123,\n");
    expect(result.rows.map((r) => [r.sourceRow, r.status, Object.keys(r.errors).toSorted()])).toEqual([
      [2, "invalid", ["name"]],
      [3, "invalid", ["enabled", "password"]],
      [4, "invalid", ["name"]],
    ]);
    expect(result.rows[0]?.errors.name?.message).toMatch(/a space at position 2/);
    expect(result.rows[1]?.errors.enabled?.message).toMatch(/not "maybe"/);
    expect(result.rows.map((r) => [r.errors.name?.code, r.errors.name?.params, r.errors.password?.code, r.errors.enabled?.code])).toEqual([
      ["name_char", { position: 2, char: "U+0020" }, undefined, undefined],
      [undefined, undefined, "too_short", "invalid_value"],
      ["required", {}, undefined, undefined],
    ]);
  });

  it("flags names repeated inside the paste, on every row that repeats them, each naming the others", () => {
    const result = parseEndpointRows("name,password\nx1,abc123\ny,abc123\nx1,abc123\nz,abc123\nz,abc123\nz,abc123\n");
    expect(result.rows.filter((r) => r.status === "invalid").map((r) => r.sourceRow)).toEqual([2, 4, 5, 6, 7]);
    // Each row says where the other copy is, so the admin knows which row to fix.
    expect(result.rows[0]?.errors.name?.message).toBe('Name "x1" is also on row 4: change or remove all but one.');
    expect(result.rows[2]?.errors.name?.message).toMatch(/also on row 2:/);
    expect(result.rows[3]?.errors.name?.message).toMatch(/also on rows 6, 7:/);
    expect(result.rows[2]?.errors.name).toMatchObject({ code: "repeated_name", params: { rows: [2, 4] } });
  });

  it("marks names that already exist in the domain", () => {
    const result = parseEndpointRows("name,password\nold,abc123\nnew,abc123\n", { existingNames: new Set(["old"]) });
    expect(result.rows.map((r) => r.status)).toEqual(["exists", "valid"]);
    expect(result.counts).toMatchObject({ valid: 1, exists: 1 });
  });

  it("matches applications by name (case-insensitive) or id, and says when it cannot", () => {
    const result = parseEndpointRows("name,password,application\na,abc123,softphones\nb,abc123,Desk\nc,abc123,Nope\n", { applications: apps });
    expect(result.rows[0]?.endpoint.applicationId).toBe("a-1");
    expect(result.rows[1]?.errors.application?.message).toMatch(/More than one application/);
    expect(result.rows[2]?.errors.application?.message).toMatch(/No application named "Nope"/);
    const byId = parseEndpointRows("name,password,applicationId\na,abc123,a-9\n", { applications: apps });
    expect(byId.rows[0]?.errors.applicationId?.message).toMatch(/No application with id "a-9"/);
    expect([result.rows[1]?.errors.application, result.rows[2]?.errors.application, byId.rows[0]?.errors.applicationId]).toMatchObject([
      { code: "ambiguous_application", params: { name: "Desk" } },
      { code: "unknown_application", params: { name: "Nope" } },
      { code: "unknown_application", params: { id: "a-9" } },
    ]);
  });

  it("generates missing passwords only when asked", () => {
    expect(parseEndpointRows("name,password\na,\n").rows[0]?.errors.password).toMatchObject({ code: "required", message: expect.stringMatching(/missing/) });
    const row = parseEndpointRows("name,password\na,\n", { generateMissingPasswords: true }).rows[0];
    expect(row).toMatchObject({ status: "valid", passwordGenerated: true });
    expect(row?.endpoint.password).toHaveLength(20);
  });

  it("without a header, guesses each column from its cells and takes the admin's mapping", () => {
    const guessed = parseEndpointRows("alice\tabc123\nbob\tabc124\n");
    expect(guessed).toMatchObject({ hasHeader: false, mapping: ["name", "password"], guess: { reasons: ["unique_names", "no_spaces"] }, counts: { valid: 2 } });
    const mapped = parseEndpointRows("abc123,alice\n", { mapping: ["password", "name"] });
    expect(mapped.rows[0]?.endpoint).toMatchObject({ name: "alice", password: "abc123" });
    expect(parseEndpointRows("x,y\n", { mapping: ["ignore", "password"] }).problems).toContain("No column is marked as the endpoint name.");
  });

  it("fits the admin's mapping to a paste that grew a column: the new one gets its guess", () => {
    const result = parseEndpointRows("abc123,alice,TRUE\n", { mapping: ["password", "name"] });
    expect(result.mapping).toEqual(["password", "name", "enabled"]);
    expect(result.rows[0]?.endpoint).toEqual({ name: "alice", password: "abc123", enabled: true });
  });

  it("reads an application's id in the Application column", () => {
    const result = parseEndpointRows("name,password,application\na,abc123,a-1\nb,abc123,Softphones\n", { applications: apps });
    expect(result.rows.map((r) => r.endpoint.applicationId)).toEqual(["a-1", "a-1"]);
  });

  it("ignores our own download's reason column without calling it unknown", () => {
    const result = parseEndpointRows("name,password,reason\na,abc123,Name is repeated\n");
    expect(result.unknownHeaders).toEqual([]);
    expect(result.rows[0]?.endpoint).toEqual({ name: "a", password: "abc123" });
  });

  it("does not silently drop cells beyond the header, nor unknown columns", () => {
    const result = parseEndpointRows("name,password,colour\na,abc123,red\nb,abc123,,extra\n");
    expect(result.unknownHeaders).toEqual(["colour"]);
    expect(result.rows[1]?.errors.row).toMatchObject({ code: "extra_cells", params: { cells: 4, columns: 3 }, message: expect.stringMatching(/extra cells/) });
  });

  it("parses the downloadable template", () => {
    const result = parseEndpointRows(TEMPLATE_CSV, { generateMissingPasswords: true });
    expect(result.counts).toMatchObject({ total: 2, valid: 2 });
  });

  it("takes 10,000 rows and refuses 10,001", () => {
    const rows = (n: number) => "name,password\n" + Array.from({ length: n }, (_, i) => `ext-${i},secret${i}`).join("\n");
    const ok = parseEndpointRows(rows(MAX_BULK_ROWS));
    expect(ok.problems).toEqual([]);
    expect(ok.counts.valid).toBe(MAX_BULK_ROWS);
    expect(parseEndpointRows(rows(MAX_BULK_ROWS + 1)).problems[0]).toMatch(/At most 10,000 rows.*10,001/);
  });

  it("says when there is nothing to import", () => {
    expect(parseEndpointRows("\n\n").problems).toContain("There are no rows to import.");
  });
});

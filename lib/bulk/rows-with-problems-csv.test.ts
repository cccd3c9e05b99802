import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { parseEndpointRows } from "./parse-endpoint-rows";
import { rowsWithProblemsCsv } from "./rows-with-problems-csv";

const paste = [
  "name\tdescription\tenabled\tpassword",
  "alice\tAlice's phone\ttrue\tS3cret-pw1",
  "bad name\tDesk, 2nd floor\tmaybe\tS3cret-pw2",
  "dup\tFirst\t\tS3cret-pw3",
  "dup\tSecond\t\tPässwörd-€",
].join("\n");

describe("rowsWithProblemsCsv", () => {
  const result = parseEndpointRows(paste);
  const csv = rowsWithProblemsCsv(result);
  const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;

  it("lists only the refused rows, with the paste's columns, an empty password and the reason", () => {
    expect(Papa.parse<string[]>(csv.trim()).data[0]).toEqual(["name", "description", "enabled", "password", "reason"]);
    expect(rows.map((r) => [r.name, r.description, r.enabled, r.password])).toEqual([
      ["bad name", "Desk, 2nd floor", "maybe", ""],
      ["dup", "First", "", ""],
      ["dup", "Second", "", ""],
    ]);
    expect(rows[0]?.reason).toMatch(/^Name: a space at position 4 is not allowed; Enabled must be true or false/);
    expect(rows[1]?.reason).toBe('Name "dup" is also on row 5: change or remove all but one.');
  });

  it("never writes a password, nor a character of one", () => {
    for (const secret of ["S3cret-pw2", "S3cret-pw3", "Pässwörd", "€"]) expect(csv).not.toContain(secret);
    expect(rows[2]?.reason).toMatch(/Password: the character at position 10 is not Latin-1/);
  });

  it("pastes back: the same rows, read the same way, reason column ignored without a warning", () => {
    const again = parseEndpointRows(csv, { generateMissingPasswords: true });
    expect(again.unknownHeaders).toEqual([]);
    expect(again.rows.map((r) => r.endpoint.name)).toEqual(["bad name", "dup", "dup"]);
    expect(again.rows[0]?.errors.enabled?.code).toBe("invalid_value");
  });
});

import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { BULK_EXPORT_HEADER } from "@/lib/bulk/contract";
import { completeJobExport } from "./complete-job-export";

const serverCsv = `${Papa.unparse({
  fields: [...BULK_EXPORT_HEADER],
  data: [
    ["3", "desk-1", "created", "Created", "re-1", "", "", "", ""],
    ["5", "desk-2", "already_existed", "Created (confirmed by name)", "re-2", "", "", "", ""],
    ["6", "desk-3", "cancelled", "Not sent (cancelled)", "", "", "", "", ""],
  ],
})}\r\n`;

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;

describe("completeJobExport", async () => {
  it("puts refused rows among the others by source row, with their reasons and no password", async () => {
    const { csv, passwordRows } = await completeJobExport(serverCsv, {
      refused: [
        { sourceRow: 2, name: "bad name", reasons: "Name: a space at position 4 is not allowed" },
        { sourceRow: 4, name: "=cmd()", reasons: "Name: not allowed" },
      ],
    });
    const rows = parse(csv);
    expect(rows.map((r) => [r.source_row, r.name, r.status])).toEqual([
      ["2", "bad name", "invalid"],
      ["3", "desk-1", "created"],
      ["4", "'=cmd()", "invalid"],
      ["5", "desk-2", "already_existed"],
      ["6", "desk-3", "cancelled"],
    ]);
    expect(rows[0]).toMatchObject({ status_label: "Invalid (not sent)", error: "Name: a space at position 4 is not allowed", endpoint_id: "" });
    expect(Object.keys(rows[0]!)).not.toContain("password");
    expect(passwordRows).toEqual([]);
  });

  it("fills the password column only for created rows, exactly as generated", async () => {
    const passwords = new Map([
      [3, "-=+@weird pass"],
      [5, "second"],
      [6, "never-used"],
      [2, "refused-row-password"],
    ]);
    const { csv, passwordRows } = await completeJobExport(serverCsv, { refused: [{ sourceRow: 2, name: "bad name", reasons: "x" }], passwords });
    expect(parse(csv).map((r) => [r.source_row, r.password])).toEqual([
      ["2", ""],
      ["3", "-=+@weird pass"],
      ["5", "second"],
      ["6", ""],
    ]);
    expect(passwordRows).toEqual([3, 5]);
    expect(csv).not.toContain("refused-row-password");
  });
});

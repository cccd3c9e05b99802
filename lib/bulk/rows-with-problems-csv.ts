// The rows the preview refuses, as a CSV to fix in a spreadsheet and paste back: the
// pasted cells under header words the parser reads, an empty password column (a password
// never leaves the page, so it is typed again or generated) and a `reason` column the parser
// ignores. Cells are written as pasted, not defused against spreadsheet formulas: they are
// the admin's own cells on their way back to this page, and a prefixed quote would change
// a name such as "+1-919-555-0100" or "=desk" when pasted again.
import Papa from "papaparse";
import { COLUMN_KEYS } from "./columns";
import type { ParsedRow, ParseResult } from "./parse-endpoint-rows";
import { rowProblems } from "./row-problems";

export function rowsWithProblemsCsv(result: Pick<ParseResult, "rows" | "mapping">): string {
  const columns = COLUMN_KEYS.filter((key) => key !== "password" && result.mapping.includes(key));
  const data = result.rows
    .filter((row) => row.status === "invalid")
    .map((row) => [...columns.map((key) => row.cells[result.mapping.indexOf(key)] ?? ""), "", reason(row)]);
  return `${Papa.unparse({ fields: [...columns, "password", "reason"], data }, { newline: "\r\n" })}\r\n`;
}

/** The preview's words, except that a password's offending character is not written down. */
function reason(row: ParsedRow): string {
  return rowProblems(row)
    .map((p) => {
      const issue = p.field === "password" ? row.errors.password : undefined;
      if (issue?.code === "password_char") return `Password: the character at position ${String(issue.params.position)} is not Latin-1`;
      return p.label ? `${p.label}: ${p.message}` : p.message;
    })
    .join("; ");
}

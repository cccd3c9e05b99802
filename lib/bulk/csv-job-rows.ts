// A bulk job's rows from a CSV file sent to the API (POST /api/bulk-jobs, text/csv): read
// with the bulk page's own parser, so columns, Enabled words, application names and our own
// export's formula defusing mean the same on both roads. Every row is checked before
// anything starts; one bad row refuses the file, naming the row and column. Browser-safe.
import { DomainError } from "@/lib/domain-error";
import type { ValidationIssue } from "@/lib/endpoints/validation-issue";
import type * as z from "zod/mini";
import type { bulkRowInputSchema } from "./job-schema";
import { parseEndpointRows } from "./parse-endpoint-rows";

type BulkRowInput = z.input<typeof bulkRowInputSchema>;

export interface CsvJobRows {
  rows: BulkRowInput[];
  /** Header cells no column takes (unknown, or export-only like id/SIP URI): ignored, and said so. */
  ignoredColumns: string[];
}

/** How many refused rows the message names; `fields` and `issues` carry every one. */
const NAMED_IN_MESSAGE = 5;

export function csvJobRows(text: string, applications: readonly { id: string; name: string }[]): CsvJobRows {
  const result = parseEndpointRows(text, { applications: [...applications] });
  // Over the API nobody confirms a guessed column, and a wrong guess once sent passwords to
  // Catapult as descriptions: the file must say what its columns are.
  if (result.rows.length > 0 && !result.hasHeader) {
    throw new DomainError("invalid", "The CSV needs a header row naming its columns (e.g. name,description,application,enabled,password).", { body: "No header row." }, [
      { field: "body", code: "required", params: { row: 1 } },
    ]);
  }
  if (result.problems.length > 0) {
    throw new DomainError("invalid", result.problems.join(" "), { body: result.problems.join(" ") }, [{ field: "body", code: "invalid", params: {} }]);
  }
  const fields: Record<string, string> = {};
  const issues: ValidationIssue[] = [];
  for (const row of result.rows) {
    for (const [column, problem] of Object.entries(row.errors)) {
      // A name the domain has needs no password (an update keeps it); the job's start checks
      // new names against the domain's list, so this one rule waits for that list.
      if (column === "password" && problem.code === "required" && !row.endpoint.password) continue;
      const field = `rows.${row.sourceRow}.${column}`;
      fields[field] = problem.message;
      issues.push({ field, code: problem.code, params: { ...problem.params, row: row.sourceRow, column } });
    }
  }
  if (issues.length > 0) throw refused(fields, issues);
  return {
    rows: result.rows.map((row) => ({ ...row.endpoint, name: row.endpoint.name ?? "", sourceRow: row.sourceRow, password: row.endpoint.password || undefined })),
    ignoredColumns: [...result.unknownHeaders, ...result.ignoredHeaders],
  };
}

/**
 * The job's own checks (a new name without a password, a repeated name) name rows by their
 * place in the request, `rows.<index>`; a CSV's sender knows its file's row numbers.
 */
export function withFileRowNumbers(error: DomainError, rows: readonly { sourceRow: number }[]): DomainError {
  const toFileRow = (field: string) => field.replace(/^rows\.(\d+)\./, (_, index: string) => `rows.${rows[Number(index)]?.sourceRow ?? index}.`);
  const fields = Object.fromEntries(Object.entries(error.fields ?? {}).map(([field, message]) => [toFileRow(field), message]));
  const issues = (error.issues ?? []).map((issue) => {
    const match = /^rows\.(\d+)\.(.+)$/.exec(issue.field);
    const row = match ? rows[Number(match[1])]?.sourceRow : undefined;
    return row === undefined ? issue : { ...issue, field: toFileRow(issue.field), params: { ...issue.params, row, column: match![2]! } };
  });
  return issues.length > 0 && error.kind === "invalid" ? refused(fields, issues) : error;
}

function refused(fields: Record<string, string>, issues: ValidationIssue[]): DomainError {
  const named = Object.entries(fields)
    .slice(0, NAMED_IN_MESSAGE)
    .map(([field, message]) => `${describe(field)}: ${message}`);
  const more = issues.length > NAMED_IN_MESSAGE ? ` …and ${(issues.length - NAMED_IN_MESSAGE).toLocaleString("en")} more.` : "";
  const rows = new Set(issues.map((issue) => issue.params.row)).size;
  return new DomainError("invalid", `${rows.toLocaleString("en")} row${rows === 1 ? " has" : "s have"} problems; nothing was started. ${named.join(" ")}${more}`, fields, issues);
}

/** "rows.7.name" → "Row 7, name" (the file's row, header counted, as a spreadsheet numbers it). */
function describe(field: string): string {
  const match = /^rows\.(\d+)\.(.+)$/.exec(field);
  return match ? `Row ${Number(match[1]).toLocaleString("en")}, ${match[2]}` : field;
}

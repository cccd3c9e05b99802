// A preview row's problems as short "Field: what is wrong" lines. The schema's long rule
// texts (allowed characters) are shown once above the table instead of on every row.
// Everything here is decided from each problem's code and params, never from its words.
import type { ColumnKey } from "./columns";
import type { ParsedRow, RowIssue, RowIssueCode } from "./parse-endpoint-rows";
import { describeCharProblem, NAME_RULE, PASSWORD_RULE } from "@/lib/endpoints/schema";

export interface RowProblem {
  field: ColumnKey | "row";
  /** Null when the message names its field already. */
  label: string | null;
  message: string;
}

const FIELD_ORDER: (ColumnKey | "row")[] = ["row", "name", "password", "description", "displayName", "application", "applicationId", "enabled"];
// The preview table's column names (both application columns land in "Application").
const FIELD_LABELS: Record<ColumnKey | "row", string> = {
  row: "Row",
  name: "Name",
  password: "Password",
  description: "Description",
  displayName: "Display name",
  application: "Application",
  applicationId: "Application",
  enabled: "Enabled",
};

const NAME_RULES = new Set<RowIssueCode>(["name_char", "name_escape"]);
/**
 * Codes whose messages do not start with their field's name ("No application named …",
 * the id schema's "must be a Catapult id …"); every other message names its field already.
 */
const NEEDS_LABEL = new Set<RowIssueCode>(["invalid_format", "unknown_application", "ambiguous_application", "invalid"]);

export function rowProblems(row: ParsedRow): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const field of FIELD_ORDER) {
    const issue = row.errors[field];
    if (issue) problems.push({ field, ...shortText(field, issue) });
  }
  return problems;
}

function shortText(field: ColumnKey | "row", { code, params, message }: RowIssue): Omit<RowProblem, "field"> {
  const label = FIELD_LABELS[field];
  // A broken character rule is told by position here; the rule itself once above the table.
  if (code === "name_char" || code === "name_escape" || code === "password_char") return { label, message: describeCharProblem(code, params) };
  return { label: NEEDS_LABEL.has(code) ? label : null, message };
}

/** Which character rules the rows break, so the table can explain them once. */
export function brokenRules(rows: readonly ParsedRow[]): { name: boolean; password: boolean } {
  let name = false;
  let password = false;
  for (const row of rows) {
    if (row.status !== "invalid") continue;
    name ||= NAME_RULES.has(row.errors.name?.code ?? "invalid");
    password ||= row.errors.password?.code === "password_char";
    if (name && password) break;
  }
  return { name, password };
}

export { NAME_RULE, PASSWORD_RULE };

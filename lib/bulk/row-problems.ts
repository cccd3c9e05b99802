// A preview row's problems as short "Field: what is wrong" lines. The schema's long rule
// texts (allowed characters) are shown once above the table instead of on every row.
import type { ColumnKey } from "./columns";
import type { ParsedRow } from "./parse-endpoint-rows";
import { NAME_RULE, PASSWORD_RULE } from "@/lib/endpoints/schema";

export interface RowProblem {
  field: ColumnKey | "row";
  /** Null when the message starts with the field's name already. */
  label: string | null;
  message: string;
}

const FIELD_ORDER: (ColumnKey | "row")[] = ["row", "name", "password", "description", "application", "applicationId", "enabled"];
// The preview table's column names (both application columns land in "Application").
const FIELD_LABELS: Record<ColumnKey | "row", string> = {
  row: "Row",
  name: "Name",
  password: "Password",
  description: "Description",
  application: "Application",
  applicationId: "Application",
  enabled: "Enabled",
};
const RULE_SUFFIXES = [` Use ${NAME_RULE}.`, ` Use ${PASSWORD_RULE}.`];

export function rowProblems(row: ParsedRow): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const field of FIELD_ORDER) {
    const raw = row.errors[field];
    if (!raw) continue;
    const label = FIELD_LABELS[field];
    let message = RULE_SUFFIXES.reduce((m, suffix) => (m.endsWith(suffix) ? m.slice(0, -suffix.length) : m), raw);
    if (message.startsWith(`${label}: `)) message = message.slice(label.length + 2);
    // "Password must be at least 6 characters" names its field already.
    problems.push({ field, label: message.startsWith(`${label} `) ? null : label, message });
  }
  return problems;
}

/** Which character rules the rows break, so the table can explain them once. */
export function brokenRules(rows: readonly ParsedRow[]): { name: boolean; password: boolean } {
  let name = false;
  let password = false;
  for (const row of rows) {
    if (row.status !== "invalid") continue;
    name ||= row.errors.name?.endsWith(RULE_SUFFIXES[0]!) ?? false;
    password ||= row.errors.password?.endsWith(RULE_SUFFIXES[1]!) ?? false;
    if (name && password) break;
  }
  return { name, password };
}

export { NAME_RULE, PASSWORD_RULE };

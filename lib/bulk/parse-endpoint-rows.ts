// Turns a paste (tab- or comma-separated, from a spreadsheet or a CSV file) into rows
// checked with the shared endpoint schema, before anything is sent. Runs in the browser
// (preview) and on the server (the job route checks again).
import { generatePassword } from "@/lib/endpoints/generate-password";
import { type NewEndpoint, newEndpointSchema } from "@/lib/endpoints/schema";
import { type IssueCode, type IssueParams, toValidationIssue } from "@/lib/endpoints/validation-issue";
import { COLUMN_LABELS, type ColumnKey, type ColumnMapping, FALSE_WORDS, TRUE_WORDS } from "./columns";
import type { FieldChange } from "./endpoint-diff";
import { undefuseCell } from "./formula-defuse";
import { MAX_BULK_ROWS } from "./limits";
import type { ColumnGuess } from "./guess-columns";
import { pasteTable, pbxTable } from "./read-table";
import { type PbxExport, type PbxFormat, readPbxExport, REGEN_WORD, SIP_TECHS } from "./pbx-formats";

export type PreviewRowStatus = "valid" | "invalid" | "exists";

/** A row's problems use the one issue vocabulary (paste-only ones included), so an API client reads them too. */
export type RowIssueCode = IssueCode;

/** What is wrong with one cell: the rule (for the preview to decide on) and the words (to show). */
export interface RowIssue {
  code: RowIssueCode;
  params: IssueParams;
  message: string;
}

export interface ParsedRow {
  /** The row's number in the paste as a spreadsheet counts it (header and blank rows included). */
  sourceRow: number;
  /** The row's cells as pasted (passwords included: never shown, never logged). */
  cells: readonly string[];
  endpoint: Partial<NewEndpoint>;
  /** Per field (or "row"), what is wrong: the first problem found. */
  errors: Partial<Record<ColumnKey | "row", RowIssue>>;
  status: PreviewRowStatus;
  passwordGenerated: boolean;
  /** Under "update existing names", an existing row's differences (see mark-updates.ts). */
  changes?: FieldChange[];
}

export interface ParseOptions {
  /**
   * The admin's column meanings for a paste without a header row (a header row decides on
   * its own). Fitted to the paste's current width: new columns get their guess.
   */
  mapping?: ColumnMapping;
  applications?: { id: string; name: string }[];
  existingNames?: ReadonlySet<string>;
  generateMissingPasswords?: boolean;
  /** The admin's column meanings for a recognised PBX export (its own columns, in its order). */
  pbxMapping?: ColumnMapping;
}

export interface ParseResult {
  rows: ParsedRow[];
  hasHeader: boolean;
  mapping: ColumnMapping;
  /** Without a header row: each column's meaning guessed from its cells, and why (see guess-columns). */
  guess: ColumnGuess | undefined;
  /** Header cells not recognised: their columns are ignored, and the preview says so. */
  unknownHeaders: string[];
  /** Header cells of our own export that Catapult sets (id, SIP URI…): ignored, and said so. */
  ignoredHeaders: string[];
  delimiter: "\t" | ",";
  /** Problems with the paste as a whole; when present nothing can be run. */
  problems: string[];
  counts: { total: number; valid: number; invalid: number; exists: number; update?: number; unchanged?: number };
  /** The PBX export recognised (see pbx-formats), with its own column names; undefined for our own format. */
  pbx: PbxSummary | undefined;
}

export interface PbxSummary {
  format: PbxFormat;
  columns: string[];
  notes: PbxExport["notes"];
  /** False for config text: a row cannot be rewritten in place (no Edit). */
  tabular: boolean;
}

export function parseEndpointRows(text: string, options: ParseOptions = {}): ParseResult {
  const clean = text.replace(/^\uFEFF/, "");
  // Spreadsheets put tabs between cells when copying; anything else is read as CSV.
  const delimiter = pasteDelimiter(clean);
  const pbxExport = readPbxExport(clean);
  const table = pbxExport ? pbxTable(pbxExport, options.pbxMapping) : pasteTable(clean, delimiter, options);
  const { hasHeader, dataRecords, width, guess, mapping, unknownHeaders, ignoredHeaders, problems } = table;

  if (dataRecords.length === 0) problems.push("There are no rows to import.");
  if (dataRecords.length > MAX_BULK_ROWS) {
    problems.push(`At most ${MAX_BULK_ROWS.toLocaleString("en")} rows can be imported at once; this paste has ${dataRecords.length.toLocaleString("en")}.`);
  }
  if (!mapping.includes("name")) problems.push("No column is marked as the endpoint name.");
  const duplicateMapping = mapping.filter((k, i) => k !== "ignore" && mapping.indexOf(k) !== i);
  if (duplicateMapping.length) problems.push(`More than one column is marked as: ${[...new Set(duplicateMapping)].map((k) => COLUMN_LABELS[k]).join(", ")}.`);

  const appsByName = indexApplications(options.applications ?? []);
  const knownAppIds = options.applications ? new Set(options.applications.map((a) => a.id)) : undefined;
  const rows = dataRecords.slice(0, MAX_BULK_ROWS).map((record) => toRow(record, mapping, width, appsByName, knownAppIds, options, pbxExport));
  flagRepeatedNames(rows);
  for (const row of rows) {
    if (Object.keys(row.errors).length > 0) row.status = "invalid";
    else if (row.endpoint.name && options.existingNames?.has(row.endpoint.name)) row.status = "exists";
  }
  const counts = { total: rows.length, valid: 0, invalid: 0, exists: 0 };
  for (const row of rows) counts[row.status]++;
  const pbx = pbxExport && { format: pbxExport.format, columns: pbxExport.columns, notes: pbxExport.notes, tabular: pbxExport.tabular };
  return { rows, hasHeader, mapping, guess, unknownHeaders, ignoredHeaders, delimiter, problems, counts, pbx: pbx ?? undefined };
}

/** Tab when the first line has a tab (a spreadsheet's copy), comma otherwise. */
export function pasteDelimiter(text: string): "\t" | "," {
  return /^[^\r\n]*\t/.test(text.trimStart()) ? "\t" : ",";
}

function toRow(
  record: { cells: string[]; sourceRow: number },
  mapping: ColumnMapping,
  expectedWidth: number,
  appsByName: Map<string, string[]>,
  knownAppIds: Set<string> | undefined,
  options: ParseOptions,
  pbx: PbxExport | null,
): ParsedRow {
  const errors: ParsedRow["errors"] = {};
  // Our own exports defuse formula-like cells with a leading quote; that is undone here
  // (exactly, see formula-defuse.ts). Passwords are never exported, so theirs stay as typed.
  const cell = (key: ColumnKey) => {
    const index = mapping.indexOf(key);
    const value = index < 0 ? undefined : record.cells[index];
    return value === undefined || key === "password" ? value : undefuseCell(value);
  };
  const extra = record.cells.slice(expectedWidth).filter((c) => c.trim() !== "");
  if (extra.length) {
    errors.row = issue("extra_cells", { cells: record.cells.length, columns: expectedWidth }, `Row has ${record.cells.length} cells but there are ${expectedWidth} columns; the extra cells would be lost.`);
  }

  const tech = pbx?.techColumn === undefined ? "" : (record.cells[pbx.techColumn] ?? "").trim();
  if (tech && !SIP_TECHS.has(tech.toLowerCase())) {
    errors.row = issue("not_sip", { tech }, `Tech is "${tech}", not SIP: Catapult endpoints are SIP only, so this extension cannot be moved as it is.`);
  }

  const candidate: Record<string, unknown> = { name: cell("name")?.trim() ?? "" };
  // An empty cell under a column the file has is "" (none): creating ignores it, and
  // "update existing names" clears the field (the file is the source of truth). A PBX's display
  // name is the description of a row that has none of its own.
  const description = cell("description");
  const displayName = cell("displayName")?.trim();
  if (description?.trim()) candidate.description = description.trim();
  else if (displayName) candidate.description = displayName;
  else if (description !== undefined) candidate.description = "";
  const enabled = cell("enabled")?.trim().toLowerCase();
  if (enabled) {
    if (TRUE_WORDS.has(enabled)) candidate.enabled = true;
    else if (FALSE_WORDS.has(enabled)) candidate.enabled = false;
    else errors.enabled = issue("invalid_value", {}, `Enabled must be true or false (or yes/no, 1/0), not "${cell("enabled")?.trim()}".`);
  }
  const applicationId = cell("applicationId")?.trim();
  const applicationName = cell("application")?.trim();
  if (applicationId) {
    candidate.applicationId = applicationId;
    if (knownAppIds && !knownAppIds.has(applicationId)) {
      errors.applicationId = issue("unknown_application", { id: applicationId }, `No application with id "${applicationId}" in this account.`);
    }
  } else if (applicationName === "") {
    candidate.applicationId = "";
  } else if (applicationName) {
    const ids = appsByName.get(applicationName.toLowerCase()) ?? [];
    // The Application column takes an application's id too: a sheet often holds ids.
    if (knownAppIds?.has(applicationName)) candidate.applicationId = applicationName;
    else if (ids.length === 1) candidate.applicationId = ids[0];
    else if (ids.length) errors.application = issue("ambiguous_application", { name: applicationName }, `More than one application is named "${applicationName}"; use its id.`);
    else errors.application = issue("unknown_application", { name: applicationName }, `No application named "${applicationName}".`);
  }
  // Passwords are kept exactly as typed: spaces can be part of a SIP password.
  let password = cell("password") ?? "";
  let passwordGenerated = false;
  if ((pbx?.regenerate && password.trim().toUpperCase() === REGEN_WORD) || (password === "" && options.generateMissingPasswords)) {
    password = generatePassword();
    passwordGenerated = true;
  }
  candidate.password = password;

  // A name the domain has is never created, so it needs no password (an update keeps the old one).
  const exists = options.existingNames?.has(String(candidate.name)) ?? false;
  const result = newEndpointSchema.safeParse(candidate);
  if (!result.success) {
    for (const zodIssue of result.error.issues) {
      if (exists && password === "" && zodIssue.path[0] === "password") continue;
      const { field, code, params } = toValidationIssue(zodIssue, candidate);
      const key = (field === "applicationId" && !applicationId ? "application" : field || "row") as ColumnKey | "row";
      errors[key] ??= field === "password" && password === "" ? issue("required", {}, "Password is missing (or turn on generated passwords).") : issue(code, params, zodIssue.message);
    }
  }
  return { sourceRow: record.sourceRow, cells: record.cells, endpoint: candidate as Partial<NewEndpoint>, errors, status: "valid", passwordGenerated };
}

function indexApplications(applications: { id: string; name: string }[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const app of applications) {
    const key = app.name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), app.id]);
  }
  return byName;
}

function flagRepeatedNames(rows: ParsedRow[]): void {
  const seen = new Map<string, number[]>();
  for (const row of rows) {
    const name = row.endpoint.name;
    if (name) seen.set(name, [...(seen.get(name) ?? []), row.sourceRow]);
  }
  for (const row of rows) {
    const where = seen.get(row.endpoint.name ?? "");
    if (where && where.length > 1 && !row.errors.name) {
      // Both rows are held back (which one is right is the admin's call); each names the other.
      const others = where.filter((r) => r !== row.sourceRow).map((r) => r.toLocaleString("en"));
      const otherRows = `row${others.length > 1 ? "s" : ""} ${others.join(", ")}`;
      row.errors.name = issue("repeated_name", { rows: where }, `Name "${row.endpoint.name}" is also on ${otherRows}: change or remove all but one.`);
    }
  }
}

function issue(code: RowIssueCode, params: IssueParams, message: string): RowIssue {
  return { code, params, message };
}

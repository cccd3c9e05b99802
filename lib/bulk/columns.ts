// The columns a bulk paste can carry, and the header words recognised for each
// (compared case-insensitively, ignoring spaces, dashes and underscores).
// `displayName` (a PBX's caller name) becomes the description of a row that has none.
export const COLUMN_KEYS = ["name", "description", "displayName", "application", "applicationId", "enabled", "password"] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];
export type ColumnMapping = (ColumnKey | "ignore")[];

/**
 * The one column order of the template, the paste box's placeholder, the hint under it and a
 * headerless paste's fallback for empty columns. The password comes last, away from the
 * description, so that a paste in this order cannot slide one into the other.
 */
export const DEFAULT_COLUMN_ORDER = ["name", "description", "application", "enabled", "password"] as const satisfies readonly ColumnKey[];

export const COLUMN_LABELS: Record<ColumnKey | "ignore", string> = {
  name: "Name",
  description: "Description",
  displayName: "Display name (the description when none)",
  application: "Application name",
  applicationId: "Application id",
  enabled: "Enabled",
  password: "Password",
  ignore: "(ignore this column)",
};

const HEADER_WORDS: Record<string, ColumnKey> = {
  name: "name",
  endpoint: "name",
  endpointname: "name",
  extension: "name",
  description: "description",
  displayname: "displayName",
  applicationid: "applicationId",
  appid: "applicationId",
  application: "application",
  applicationname: "application",
  app: "application",
  enabled: "enabled",
  password: "password",
  sippassword: "password",
};

/** The words an Enabled cell may hold (compared in lower case). */
export const TRUE_WORDS: ReadonlySet<string> = new Set(["true", "yes", "y", "1", "on"]);
export const FALSE_WORDS: ReadonlySet<string> = new Set(["false", "no", "n", "0", "off"]);

/** Columns our own downloads add for the reader (why a row was refused): ignored without a warning. */
const NOTE_WORDS = new Set(["reason", "problems"]);

/**
 * Columns of our own endpoint export (lib/endpoints/contract.ts ENDPOINT_EXPORT_HEADER) that
 * Catapult sets and an import cannot: recognised, and listed as ignored (not as unknown).
 */
const EXPORT_ONLY_WORDS = new Set(["id", "sipuri", "realm", "username"]);

const headerWord = (cell: string) => cell.toLowerCase().replace(/[\s_-]+/g, "");

export function columnForHeader(cell: string): ColumnKey | undefined {
  return HEADER_WORDS[headerWord(cell)];
}

export function isNoteHeader(cell: string): boolean {
  return NOTE_WORDS.has(headerWord(cell));
}

export function isExportOnlyHeader(cell: string): boolean {
  return EXPORT_ONLY_WORDS.has(headerWord(cell));
}

/** A first row is a header when one of its cells names the name column. */
export function isHeaderRow(cells: readonly string[]): boolean {
  return cells.some((cell) => columnForHeader(cell.trim()) === "name");
}

export const TEMPLATE_CSV =
  `${DEFAULT_COLUMN_ORDER.join(",")}\r\n` +
  "jsmith_mobile,John Smith's mobile,,true,\r\n" +
  "+1-919-555-0100,Front desk phone,,false,Chang3-me!\r\n";

export const PASTE_PLACEHOLDER = `${DEFAULT_COLUMN_ORDER.join("\t")}\njsmith_mobile\tJohn Smith's mobile\t\ttrue\t`;

/**
 * The chosen mapping, widened or narrowed to the paste's current columns (`guessed` is the
 * guess for the current width). A column the admin never saw keeps its guess, unless that
 * meaning is already chosen for another column: then it is ignored, because two columns
 * with one meaning would block the import.
 */
export function fitMapping(chosen: ColumnMapping, guessed: ColumnMapping): ColumnMapping {
  return guessed.map((guess, i) => chosen[i] ?? (chosen.includes(guess) ? "ignore" : guess));
}

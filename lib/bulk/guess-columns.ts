// What each column of a paste without a header row holds, guessed from its cells rather
// than its position: a headerless paste in another order once sent its passwords to
// Catapult as descriptions, which Catapult stores and shows in plain text. The admin still
// confirms the result; this only makes the first offer safe. Browser-safe.
import { findNameProblem, NAME_MAX, PASSWORD_MIN } from "@/lib/endpoints/schema";
import { type ColumnKey, type ColumnMapping, DEFAULT_COLUMN_ORDER, FALSE_WORDS, TRUE_WORDS } from "./columns";

/** Why a column got its meaning, for the mapping step to show beside the column. */
export const GUESS_REASONS = ["enabled_words", "application_names", "application_ids", "unique_names", "text_with_spaces", "no_spaces", "empty", "undecided"] as const;
export type GuessReason = (typeof GUESS_REASONS)[number];

export interface ColumnGuess {
  mapping: ColumnMapping;
  reasons: GuessReason[];
}

export interface GuessHints {
  applications?: readonly { id: string; name: string }[];
  existingNames?: ReadonlySet<string>;
}

// Enough rows to tell the columns apart; a 10,000-row paste is not read five times per keystroke.
const SAMPLE_ROWS = 1000;

export function guessColumns(rows: readonly (readonly string[])[], width: number, hints: GuessHints = {}): ColumnGuess {
  const sample = rows.slice(0, SAMPLE_ROWS);
  const columns = Array.from({ length: width }, (_, i) => sample.map((cells) => (cells[i] ?? "").trim()).filter((cell) => cell !== ""));
  const mapping: ColumnMapping = Array.from({ length: width }, () => "ignore");
  const reasons: GuessReason[] = Array.from({ length: width }, () => "undecided");
  const open = (i: number) => mapping[i] === "ignore" && (columns[i]?.length ?? 0) > 0;
  const claim = (key: ColumnKey, i: number | undefined, reason: GuessReason) => {
    if (i === undefined || i < 0 || mapping.includes(key)) return;
    mapping[i] = key;
    reasons[i] = reason;
  };
  const first = (test: (cells: string[]) => boolean) => columns.findIndex((cells, i) => open(i) && test(cells));

  claim("enabled", first((cells) => cells.every((c) => TRUE_WORDS.has(c.toLowerCase()) || FALSE_WORDS.has(c.toLowerCase()))), "enabled_words");
  const apps = hints.applications ?? [];
  if (apps.length > 0) {
    const ids = new Set(apps.map((a) => a.id));
    const names = new Set(apps.map((a) => a.name.toLowerCase()));
    claim("applicationId", first((cells) => cells.every((c) => ids.has(c))), "application_ids");
    claim("application", first((cells) => cells.every((c) => ids.has(c) || names.has(c.toLowerCase()))), "application_names");
  }
  claim("name", nameColumn(columns, open, hints.existingNames), "unique_names");
  // Text with spaces reads as a description, unless it looks like passwords: those never go there.
  claim("description", first((cells) => cells.some(hasSpace) && !looksLikePasswords(cells)), "text_with_spaces");
  claim("password", passwordColumn(columns, open), "no_spaces");
  // An empty column says nothing: it takes the template's meaning for its place, if still free.
  columns.forEach((cells, i) => {
    if (cells.length > 0) return;
    reasons[i] = "empty";
    const key = DEFAULT_COLUMN_ORDER[i];
    if (key) claim(key, i, "empty");
  });
  return { mapping, reasons };
}

/**
 * Cells shaped like passwords: no spaces, at least PASSWORD_MIN characters, letters mixed with
 * digits or symbols, nearly all different. Descriptions ("Front desk") are not; a column of
 * them must never be read (or chosen) as descriptions.
 */
export function looksLikePasswords(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
  if (filled.length === 0) return false;
  const shaped = filled.filter((c) => !hasSpace(c) && c.length >= PASSWORD_MIN && /\p{L}/u.test(c) && /[^\p{L}]/u.test(c)).length;
  return shaped / filled.length >= 0.8 && distinctShare(filled) >= 0.9;
}

/** Valid SIP user names, (almost) never repeated; the leftmost such column, or one the domain already knows. */
function nameColumn(columns: string[][], open: (i: number) => boolean, existing: ReadonlySet<string> | undefined): number | undefined {
  const candidates = columns.flatMap((cells, i) => {
    if (!open(i)) return [];
    const valid = cells.filter((c) => c.length <= NAME_MAX && findNameProblem(c) === null).length;
    // A typo or a repeat in a long paste must not hide the name column: one bad cell in ten is allowed.
    const bad = cells.length - valid + (cells.length - new Set(cells).size);
    return bad <= Math.floor(cells.length / 10) ? [i] : [];
  });
  return candidates.find((i) => columns[i]?.some((c) => existing?.has(c))) ?? candidates[0];
}

/** Of the columns left without spaces (or shaped like passwords), the most password-like; the last on a tie. */
function passwordColumn(columns: string[][], open: (i: number) => boolean): number | undefined {
  let best: { index: number; score: number } | undefined;
  columns.forEach((cells, i) => {
    if (!open(i) || (cells.some(hasSpace) && !looksLikePasswords(cells))) return;
    const score = 2 * distinctShare(cells) + cells.filter((c) => c.length >= PASSWORD_MIN).length / cells.length;
    if (!best || score >= best.score) best = { index: i, score };
  });
  return best?.index;
}

function hasSpace(cell: string): boolean {
  return /\s/.test(cell);
}

function distinctShare(cells: readonly string[]): number {
  return cells.length === 0 ? 0 : new Set(cells).size / cells.length;
}

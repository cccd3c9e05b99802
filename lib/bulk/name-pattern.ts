// Endpoint names from a pattern such as `ext-{100..199}` or `desk{001..250}`: one numeric
// range per pattern, zero padding kept from the range's written width (as FusionPBX's range
// field and shell brace expansion do). The rows it makes go through the same preview as a
// paste. Browser-safe and pure; problems come back as codes with parameters.
import Papa from "papaparse";
import { describeCharProblem, findNameProblem, NAME_MAX, NAME_RULE } from "@/lib/endpoints/schema";
import { MAX_BULK_ROWS } from "./limits";

export const PATTERN_PROBLEMS = ["no_range", "several_ranges", "descending", "too_many", "name_rule", "name_too_long"] as const;
export type PatternProblem = (typeof PATTERN_PROBLEMS)[number];

export type NamePattern =
  | { ok: true; count: number; first: string; last: string; names: () => string[] }
  | { ok: false; problem: PatternProblem; message: string };

const RANGE = /\{(\d+)\.\.(\d+)\}/g;

export function parseNamePattern(pattern: string): NamePattern {
  const text = pattern.trim();
  const ranges = [...text.matchAll(RANGE)];
  if (ranges.length === 0) return fail("no_range", "Write one range in braces, such as ext-{100..199} or desk{001..250}.");
  if (ranges.length > 1) return fail("several_ranges", "Use one range per pattern: generate each range separately.");
  const [whole, fromText, toText] = ranges[0] as unknown as [string, string, string];
  const from = Number(fromText);
  const to = Number(toText);
  if (to < from) return fail("descending", `The range runs backwards (${fromText} to ${toText}): write the lower number first.`);
  const count = to - from + 1;
  if (count > MAX_BULK_ROWS) {
    return fail("too_many", `${count.toLocaleString("en")} names is too many: at most ${MAX_BULK_ROWS.toLocaleString("en")} rows can be imported at once.`);
  }
  const at = ranges[0]!.index;
  const before = text.slice(0, at);
  const after = text.slice(at + whole.length);
  // A leading zero in the written range fixes the width ({001..250}: 001, 002 … 250).
  const width = /^0\d/.test(fromText) || /^0\d/.test(toText) ? Math.max(fromText.length, toText.length) : 0;
  const name = (n: number) => `${before}${String(n).padStart(width, "0")}${after}`;
  const first = name(from);
  const last = name(to);
  // Only the digits change from name to name: the first name shows any broken rule, the last the longest length.
  const problem = findNameProblem(first);
  if (problem) return fail("name_rule", `“${first}” is not a valid endpoint name: ${describeCharProblem(problem.rule, problem)}. Names may use ${NAME_RULE}.`);
  if (last.length > NAME_MAX) return fail("name_too_long", `Names would be ${last.length.toLocaleString("en")} characters long; at most ${NAME_MAX} are allowed.`);
  return { ok: true, count, first, last, names: () => Array.from({ length: count }, (_, i) => name(from + i)) };
}

export interface GeneratedRowValues {
  description: string;
  /** An application's id, or "" for none. */
  applicationId: string;
  enabled: boolean;
}

/** The names as a paste in the template's columns, passwords left empty to be generated. */
export function generatedRowsCsv(names: readonly string[], values: GeneratedRowValues): string {
  const rows = names.map((name) => [name, values.description, values.applicationId, String(values.enabled), ""]);
  return Papa.unparse([["name", "description", "application", "enabled", "password"], ...rows], { newline: "\n" }) + "\n";
}

function fail(problem: PatternProblem, message: string): NamePattern {
  return { ok: false, problem, message };
}

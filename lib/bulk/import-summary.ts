// One vocabulary for what a paste will become, used by the preview's tiles, the start button
// and the confirmation, so the three can never disagree: "ready" rows are created, names
// "already in the domain" are skipped or count as failed (the admin's policy), rows "with
// problems" are refused here and never sent. The job page uses the same words.
import { plural } from "@/lib/browser/format";
import type { ExistingPolicy } from "./contract";
import type { ParseResult } from "./parse-endpoint-rows";

export const PREVIEW_WORDS = {
  ready: "Ready",
  exists: "Already in the domain",
  invalid: "With problems",
  /** Under "update existing names": existing rows that differ, and those that do not. */
  update: "To update",
  unchanged: "Unchanged",
} as const;

/** What happens to a name the domain already has, in the words of the policy. */
export const EXISTING_OUTCOME: Record<ExistingPolicy, string> = {
  skip: "will be skipped",
  fail: "will count as failed",
  update: "will be updated where they differ",
};

export interface ImportSummary {
  /** "Create 32 endpoints": the button and the confirmation's action. */
  action: string;
  /** What else happens to the rows, one phrase each: "1 already in the domain will be skipped". */
  notes: string[];
  /** The preview in one sentence, for screen readers. */
  sentence: string;
}

export function importSummary(counts: ParseResult["counts"], policy: ExistingPolicy): ImportSummary {
  const n = (value: number) => value.toLocaleString("en");
  const notes: string[] = [];
  const sentence = `${plural(counts.total, "row")}: ${n(counts.valid)} ready, ${n(counts.invalid)} with problems, ${n(counts.exists)} already in the domain`;
  if (policy === "update") {
    const update = counts.update ?? 0;
    const unchanged = counts.unchanged ?? 0;
    if (unchanged > 0) notes.push(`${n(unchanged)} unchanged will not be sent`);
    if (counts.invalid > 0) notes.push(`${plural(counts.invalid, "row")} with problems will not be sent`);
    const create = `Create ${plural(counts.valid, "endpoint")}`;
    const action = update === 0 ? create : counts.valid === 0 ? `Update ${plural(update, "endpoint")}` : `${create}, update ${n(update)}`;
    return { action, notes, sentence: `${sentence} (${n(update)} to update, ${n(unchanged)} unchanged).` };
  }
  if (counts.exists > 0) notes.push(`${n(counts.exists)} already in the domain ${EXISTING_OUTCOME[policy]}`);
  if (counts.invalid > 0) notes.push(`${plural(counts.invalid, "row")} with problems will not be sent`);
  return { action: `Create ${plural(counts.valid, "endpoint")}`, notes, sentence: `${sentence}.` };
}

/** Rows that cost a Catapult request: new names, and under "update" the rows that differ. */
export function rowsToSend(counts: ParseResult["counts"], policy: ExistingPolicy): number {
  return counts.valid + (policy === "update" ? (counts.update ?? 0) : 0);
}

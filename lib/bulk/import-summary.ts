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
} as const;

/** What happens to a name the domain already has, in the words of the policy. */
export const EXISTING_OUTCOME: Record<ExistingPolicy, string> = {
  skip: "will be skipped",
  fail: "will count as failed",
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
  if (counts.exists > 0) notes.push(`${n(counts.exists)} already in the domain ${EXISTING_OUTCOME[policy]}`);
  if (counts.invalid > 0) notes.push(`${plural(counts.invalid, "row")} with problems will not be sent`);
  return {
    action: `Create ${plural(counts.valid, "endpoint")}`,
    notes,
    sentence: `${plural(counts.total, "row")}: ${n(counts.valid)} ready, ${n(counts.invalid)} with problems, ${n(counts.exists)} already in the domain.`,
  };
}

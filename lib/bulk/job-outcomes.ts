// A job's outcomes in its action's words, in one order for the jobs list, the job page's
// tiles and its one-line summary ("Disabled 30 · Skipped 10 (already disabled)"). The words
// themselves come from the contract (bulkRowStatusLabel). Browser-safe.
import { type BulkAction, type BulkJobTally, type BulkRowStatus, bulkRowStatusLabel } from "./contract";

export interface OutcomePart {
  status: BulkRowStatus;
  count: number;
}

/** The outcomes a job of this action can have; create jobs always show Created. */
export function outcomeParts(action: BulkAction, tally: BulkJobTally): OutcomePart[] {
  const failed = { status: "failed" as const, count: tally.failed };
  if (action === "delete") return [{ status: "deleted", count: tally.deleted }, { status: "already_gone", count: tally.alreadyGone }, failed];
  if (action !== "create") return [{ status: "updated", count: tally.updated }, { status: "unchanged", count: tally.unchanged }, failed];
  return [
    { status: "created", count: tally.created },
    ...(tally.updated + tally.unchanged > 0 ? [{ status: "updated" as const, count: tally.updated }, { status: "unchanged" as const, count: tally.unchanged }] : []),
    { status: "skipped", count: tally.skipped },
    failed,
  ];
}

/** "Disabled 30 · Skipped 10 (already disabled)": the outcomes that happened, count after the first word. */
export function outcomeWords(action: BulkAction, tally: BulkJobTally): string {
  return outcomeParts(action, tally)
    .filter((p) => p.count > 0)
    .map(({ status, count }) => countedLabel(bulkRowStatusLabel(status, action), count))
    .join(" · ");
}

function countedLabel(label: string, count: number): string {
  const n = count.toLocaleString("en");
  const parenthesis = label.indexOf(" (");
  return parenthesis > 0 ? `${label.slice(0, parenthesis)} ${n}${label.slice(parenthesis)}` : `${label} ${n}`;
}

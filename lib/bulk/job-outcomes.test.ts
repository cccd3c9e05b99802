import { describe, expect, it } from "vitest";
import { BULK_ROW_STATUSES, type BulkRowStatus, bulkRowStatusLabel, tallyBulkJob } from "./contract";
import { outcomeWords } from "./job-outcomes";

const counts = (some: Partial<Record<BulkRowStatus, number>>) => ({ ...Object.fromEntries(BULK_ROW_STATUSES.map((s) => [s, 0])), ...some }) as Record<BulkRowStatus, number>;

describe("a job's outcomes in its action's words", () => {
  it("says what a change did and what it skipped as already so", () => {
    expect(outcomeWords("disable", tallyBulkJob(40, counts({ updated: 30, unchanged: 10 })))).toBe("Disabled 30 · Skipped 10 (already disabled)");
    expect(outcomeWords("delete", tallyBulkJob(25, counts({ deleted: 24, already_gone: 1 })))).toBe("Deleted 24 · Skipped 1 (already gone)");
    expect(outcomeWords("rotate-password", tallyBulkJob(10, counts({ updated: 9, failed: 1 })))).toBe("Password rotated 9 · Failed 1");
    expect(outcomeWords("create", tallyBulkJob(3, counts({ created: 2, skipped: 1 })))).toBe("Created 2 · Skipped: already in the domain 1");
  });

  it("keeps a create job's words as they were", () => {
    expect(bulkRowStatusLabel("unchanged")).toBe("Unchanged (not sent)");
    expect(bulkRowStatusLabel("unchanged", "enable")).toBe("Skipped (already enabled)");
    expect(bulkRowStatusLabel("failed", "delete")).toBe("Failed");
  });
});

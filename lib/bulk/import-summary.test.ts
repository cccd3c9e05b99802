import { describe, expect, it } from "vitest";
import { importSummary } from "./import-summary";

describe("importSummary", () => {
  it("counts the button's endpoints as the confirmation does, and says what happens to the rest", () => {
    const summary = importSummary({ total: 35, valid: 32, exists: 1, invalid: 2 }, "skip");
    expect(summary.action).toBe("Create 32 endpoints");
    expect(summary.notes).toEqual(["1 already in the domain will be skipped", "2 rows with problems will not be sent"]);
    expect(summary.sentence).toBe("35 rows: 32 ready, 2 with problems, 1 already in the domain.");
  });

  it("follows the policy for existing names, and formats large numbers", () => {
    const summary = importSummary({ total: 2500, valid: 2000, exists: 499, invalid: 1 }, "fail");
    expect(summary.action).toBe("Create 2,000 endpoints");
    expect(summary.notes).toEqual(["499 already in the domain will count as failed", "1 row with problems will not be sent"]);
    expect(summary.sentence).toBe("2,500 rows: 2,000 ready, 1 with problems, 499 already in the domain.");
  });

  it("has no notes when every row is ready", () => {
    expect(importSummary({ total: 1, valid: 1, exists: 0, invalid: 0 }, "skip")).toMatchObject({ action: "Create 1 endpoint", notes: [] });
  });
});

describe("importSummary under 'update existing names'", () => {
  it("counts updates and unchanged rows in the same words as the tiles", () => {
    const summary = importSummary({ total: 10, valid: 1, exists: 9, invalid: 0, update: 2, unchanged: 7 }, "update");
    expect(summary.action).toBe("Create 1 endpoint, update 2");
    expect(summary.notes).toEqual(["7 unchanged will not be sent"]);
    expect(summary.sentence).toBe("10 rows: 1 ready, 0 with problems, 9 already in the domain (2 to update, 7 unchanged).");
  });

  it("offers only an update when nothing is new", () => {
    expect(importSummary({ total: 3, valid: 0, exists: 3, invalid: 0, update: 2, unchanged: 1 }, "update").action).toBe("Update 2 endpoints");
  });
});

import { describe, expect, it } from "vitest";
import { changedFieldNames, endpointDiff } from "./endpoint-diff";

const current = { description: "Front desk", applicationId: "app-1", enabled: true };

describe("endpointDiff", () => {
  it("finds nothing when the row says what the endpoint already has", () => {
    expect(endpointDiff(current, { description: "Front desk", applicationId: "app-1", enabled: true })).toEqual({ changes: [], patch: {}, setsPassword: false });
  });

  it("leaves alone what the row does not carry, and treats an empty password as 'keep'", () => {
    expect(endpointDiff(current, { password: "" }).changes).toEqual([]);
    expect(endpointDiff(current, {}).patch).toEqual({});
  });

  it("lists each changed field old → new, and patches only those", () => {
    const diff = endpointDiff(current, { description: "Lobby", applicationId: "app-1", enabled: false });
    expect(diff.changes).toEqual([
      { field: "description", from: "Front desk", to: "Lobby" },
      { field: "enabled", from: true, to: false },
    ]);
    expect(diff.patch).toEqual({ description: "Lobby", enabled: false });
  });

  it("clears with an empty cell, and counts an empty cell as equal to none", () => {
    expect(endpointDiff(current, { description: "", applicationId: "" }).changes).toEqual([
      { field: "description", from: "Front desk", to: null },
      { field: "applicationId", from: "app-1", to: null },
    ]);
    expect(endpointDiff({ description: null, applicationId: null, enabled: false }, { description: "", applicationId: "" }).changes).toEqual([]);
  });

  it("always counts a filled password as a change, and never carries its value", () => {
    const diff = endpointDiff(current, { password: "S3cret-pass" });
    expect(diff.setsPassword).toBe(true);
    expect(changedFieldNames(diff)).toEqual(["password"]);
    expect(JSON.stringify(diff)).not.toContain("S3cret-pass");
  });
});

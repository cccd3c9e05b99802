import { describe, expect, it } from "vitest";
import { validationIssues } from "@/lib/endpoints/validation-issue";
import { newDomainSchema } from "./schema";

describe("newDomainSchema", () => {
  it.each(["mycoolapp_stage", "sales-1", "A".repeat(63)])("accepts %s (the docs' own sample has a _)", (name) => {
    expect(newDomainSchema.safeParse({ name, description: "x" }).success).toBe(true);
  });

  it.each([
    ["", "required"],
    ["a".repeat(64), "too_long"],
    ["has space", "name_char"],
    ["dot.ted", "name_char"],
  ])("refuses the name %j with code %s", (name, code) => {
    expect(validationIssues(newDomainSchema, { name, description: "x" })[0]).toMatchObject({ field: "name", code });
  });

  it("says where the bad character is", () => {
    expect(validationIssues(newDomainSchema, { name: "ab.c", description: "x" })[0]).toMatchObject({ params: { position: 3, char: "U+002E" } });
  });

  it("requires a description, as Catapult does", () => {
    expect(validationIssues(newDomainSchema, { name: "ok", description: "" })[0]).toMatchObject({ field: "description", code: "required" });
    expect(validationIssues(newDomainSchema, { name: "ok" })[0]).toMatchObject({ field: "description", code: "required" });
  });
});

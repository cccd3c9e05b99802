import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain-error";
import { csvJobRows, withFileRowNumbers } from "./csv-job-rows";

const apps = [{ id: "a-1", name: "Phones" }];

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("not refused");
}

describe("csvJobRows", () => {
  it("reads a file as the bulk page does: header words, application by name, enabled words, our defusing undone", () => {
    const { rows, ignoredColumns } = csvJobRows("Name,Description,App,Enabled,Password,SIP URI\n'-front,Front desk,Phones,no,abc123,sip:x\n+1-919-555-0100,,,yes,\n", apps);
    expect(rows).toEqual([
      { sourceRow: 2, name: "-front", description: "Front desk", applicationId: "a-1", enabled: false, password: "abc123" },
      { sourceRow: 3, name: "+1-919-555-0100", description: "", applicationId: "", enabled: true, password: undefined },
    ]);
    expect(ignoredColumns).toEqual(["SIP URI"]);
  });

  it("refuses the whole file for one bad row, naming the file's row and column", () => {
    const error = refusal(() => csvJobRows("name,password,application\nok,abc123,\n\nbad@name,abc123,Nope\n", apps));
    expect(error.fields).toEqual({ "rows.4.name": expect.any(String), "rows.4.application": 'No application named "Nope".' });
    expect(error.issues).toEqual([
      { field: "rows.4.application", code: "unknown_application", params: { name: "Nope", row: 4, column: "application" } },
      { field: "rows.4.name", code: "name_char", params: { char: "U+0040", position: 4, row: 4, column: "name" } },
    ]);
    expect(error.message).toMatch(/^1 row has problems; nothing was started\. Row 4, application: /);
  });

  it("asks for a header row rather than guessing columns", () => {
    expect(refusal(() => csvJobRows("desk1,abc123\n", apps)).message).toMatch(/header row/);
  });

  it("leaves a missing password to the job's start (an existing name needs none), then names the file row", () => {
    const { rows } = csvJobRows("name,password\nkept,\n", apps);
    const relabelled = withFileRowNumbers(new DomainError("invalid", "x", { "rows.0.password": "Password is required to create an endpoint." }, [{ field: "rows.0.password", code: "required", params: {} }]), rows);
    expect(relabelled.issues).toEqual([{ field: "rows.2.password", code: "required", params: { row: 2, column: "password" } }]);
    expect(relabelled.message).toMatch(/Row 2, password: Password is required/);
  });
});

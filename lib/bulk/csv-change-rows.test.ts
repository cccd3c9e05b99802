// A bulk change's rows from a CSV: endpoints by the export's id column (defusing undone), the
// name kept for the job's check, passwords only for rotate-password, other columns ignored.
import { describe, expect, it } from "vitest";
import { csvChangeRows } from "./csv-change-rows";

describe("csvChangeRows", () => {
  it("reads an export as it is: ids, names (undefused), every other column ignored", () => {
    const text = "name,description,application,enabled,id,sip_uri,realm,username\n'-front,Desk,,true,re-1,sip:x,r,u\nback,,,false,re-2,sip:y,r,u\n";
    expect(csvChangeRows(text, "disable")).toEqual({
      rows: [
        { endpointId: "re-1", name: "-front" },
        { endpointId: "re-2", name: "back" },
      ],
      ignoredColumns: ["description", "application", "enabled", "sip_uri", "realm", "username"],
    });
  });

  it("takes passwords for rotate-password only", () => {
    const text = "id,password\nre-1,New-pass-one\nre-2,\n";
    expect(csvChangeRows(text, "rotate-password").rows).toEqual([{ endpointId: "re-1", password: "New-pass-one" }, { endpointId: "re-2" }]);
    expect(csvChangeRows(text, "delete")).toEqual({ rows: [{ endpointId: "re-1" }, { endpointId: "re-2" }], ignoredColumns: ["password"] });
  });

  it("refuses a file without an id column, saying what it needs", () => {
    expect(() => csvChangeRows("name\nfront\n", "delete")).toThrow(/needs an id column/);
  });
});

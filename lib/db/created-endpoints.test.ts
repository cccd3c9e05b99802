// History's filters: a domain, a piece of the name, and "" for either meaning no filter (the
// History page reads "all domains" from its URL as "").
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { listCreatedEndpoints, recordCreatedEndpoint } from "./created-endpoints";
import { openDatabase } from "./database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "created-endpoints-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("filters by domain and name; an empty filter is no filter", () => {
  const db = openDatabase(path.join(dir, "test.sqlite"));
  const actor = { type: "system" } as const;
  recordCreatedEndpoint({ endpointId: "re-1", name: "Desk-1", domainId: "rd-a", source: "form", actor }, db);
  recordCreatedEndpoint({ endpointId: "re-2", name: "lobby", domainId: "rd-b", source: "form", actor }, db);
  const names = (filter: { domainId?: string; name?: string }) => listCreatedEndpoints(filter, db).map((r) => r.name).toSorted();
  expect(names({})).toEqual(["Desk-1", "lobby"]);
  expect(names({ domainId: "", name: "" })).toEqual(["Desk-1", "lobby"]);
  expect(names({ domainId: "rd-b" })).toEqual(["lobby"]);
  expect(names({ name: "desk" })).toEqual(["Desk-1"]);
});

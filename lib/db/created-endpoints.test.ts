// History's filters: a domain, a piece of the name, and "" for either meaning no filter (the
// History page reads "all domains" from its URL as "").
import { describe, expect, it } from "vitest";
import { TEST_DIALECTS, useTestDatabase } from "@/scripts/test-support/test-databases";
import { listCreatedEndpoints, recordCreatedEndpoint } from "./created-endpoints";

describe.each(TEST_DIALECTS)("created endpoints on %s", (dialect) => {
  const store = useTestDatabase(dialect);

  it("filters by domain and name; an empty filter is no filter", async () => {
    const { db } = store();
    const actor = { type: "system" } as const;
    await recordCreatedEndpoint({ endpointId: "re-1", name: "Desk-1", domainId: "rd-a", source: "form", actor }, db);
    await recordCreatedEndpoint({ endpointId: "re-2", name: "lobby", domainId: "rd-b", source: "form", actor }, db);
    const names = async (filter: { domainId?: string; name?: string }) => (await listCreatedEndpoints(filter, db)).map((r) => r.name).toSorted();
    expect(await names({})).toEqual(["Desk-1", "lobby"]);
    expect(await names({ domainId: "", name: "" })).toEqual(["Desk-1", "lobby"]);
    expect(await names({ domainId: "rd-b" })).toEqual(["lobby"]);
    expect(await names({ name: "desk" })).toEqual(["Desk-1"]);
  });
});

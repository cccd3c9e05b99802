import { describe, expect, it } from "vitest";
import type { Endpoint } from "@/lib/endpoints/contract";
import { countByStatus, filterByName, filterByStatus, sortEndpoints } from "./filter-endpoints";

const endpoint = (name: string, enabled: boolean): Endpoint => ({
  id: `re-${name}`,
  name,
  description: null,
  domainId: "rd-1",
  applicationId: null,
  enabled,
  sipUri: `${name}@d.bwapp.bwsipp.io`,
  realm: "d.bwapp.bwsipp.io",
  username: name,
});
const list = [endpoint("ep-10", true), endpoint("bob", false), endpoint("ep-2", false), endpoint("Alice", true)];
const names = (endpoints: readonly Endpoint[]) => endpoints.map((e) => e.name);

describe("sortEndpoints", () => {
  it("sorts by name in natural order, either way", () => {
    expect(names(sortEndpoints(list))).toEqual(["Alice", "bob", "ep-2", "ep-10"]);
    expect(names(sortEndpoints(list, "name", "desc"))).toEqual(["ep-10", "ep-2", "bob", "Alice"]);
  });

  it("sorts by status, enabled first ascending and disabled first descending, by name within each", () => {
    expect(names(sortEndpoints(list, "status", "asc"))).toEqual(["Alice", "ep-10", "bob", "ep-2"]);
    expect(names(sortEndpoints(list, "status", "desc"))).toEqual(["bob", "ep-2", "Alice", "ep-10"]);
  });

  it("leaves its input as it was", () => {
    const before = names(list);
    sortEndpoints(list, "status", "desc");
    expect(names(list)).toEqual(before);
  });
});

describe("filters", () => {
  it("keeps one status, or all", () => {
    expect(names(filterByStatus(list, "disabled"))).toEqual(["bob", "ep-2"]);
    expect(names(filterByStatus(list, "enabled"))).toEqual(["ep-10", "Alice"]);
    expect(filterByStatus(list, "all")).toBe(list);
  });

  it("searches names ignoring case, and counts by status", () => {
    expect(names(filterByName(list, " EP- "))).toEqual(["ep-10", "ep-2"]);
    expect(countByStatus(list)).toEqual({ all: 4, enabled: 2, disabled: 2 });
  });
});

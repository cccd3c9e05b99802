import { describe, expect, it } from "vitest";
import type { Endpoint } from "@/lib/endpoints/contract";
import {
  countByStatus,
  endpointListPage,
  type EndpointListUrlState,
  filterByName,
  filterByStatus,
  pageIndexOf,
  readEndpointListUrl,
  sortEndpoints,
  writeEndpointListUrl,
} from "./list-view";

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

describe("endpointListPage (the server's first rows of a cached list)", () => {
  const many = Array.from({ length: 120 }, (_, i) => endpoint(`ep-${i + 1}`, i % 4 !== 0));
  const view = (state: Partial<EndpointListUrlState> = {}) => endpointListPage(many, { q: "", status: "all", sort: "name", dir: "asc", page: 1, ...state });

  it("is the page the table shows for the URL: sorted, searched, narrowed, 50 at a time, with the counts", () => {
    expect(view()).toMatchObject({ total: 120, matching: 120, pageIndex: 0, counts: { all: 120, enabled: 90, disabled: 30 } });
    expect(names(view().rows)).toEqual(many.slice(0, 50).map((e) => e.name));
    const third = view({ page: 3 });
    expect(third.pageIndex).toBe(2);
    expect(names(third.rows)).toEqual(["ep-101", ...Array.from({ length: 19 }, (_, i) => `ep-${i + 102}`)]);
    const searched = view({ q: "ep-1", status: "disabled", dir: "desc" });
    expect(searched.counts).toEqual({ all: 32, enabled: 24, disabled: 8 });
    expect(names(searched.rows)).toEqual(["ep-117", "ep-113", "ep-109", "ep-105", "ep-101", "ep-17", "ep-13", "ep-1"]);
  });

  it("keeps a page number past the end on the last page, and one below 1 on the first", () => {
    expect(view({ page: 99 }).pageIndex).toBe(2);
    expect(view({ page: -4 }).pageIndex).toBe(0);
    expect(pageIndexOf(1, 0)).toBe(0);
  });
});

describe("the view in the URL", () => {
  const defaults: EndpointListUrlState = { q: "", status: "all", sort: "name", dir: "asc", page: 1 };

  it("reads what the URL says, the server's searchParams and the browser's alike", () => {
    const view = { q: "desk 1", status: "disabled", sort: "status", dir: "desc", page: 3 } as const;
    expect(readEndpointListUrl(new URLSearchParams("q=desk+1&status=disabled&sort=status&dir=desc&page=3"))).toEqual(view);
    expect(readEndpointListUrl({ q: ["desk 1", "other"], status: "disabled", sort: "status", dir: "desc", page: "3" })).toEqual(view);
  });

  it("takes the default for what is missing or unknown", () => {
    expect(readEndpointListUrl({})).toEqual(defaults);
    expect(readEndpointListUrl(new URLSearchParams("status=all-of-them&sort=size&dir=up&page=two"))).toEqual(defaults);
  });

  it("writes only what differs from the default, keeping the URL's other values, and reads back the same", () => {
    const view: EndpointListUrlState = { ...defaults, q: "a&b", page: 2 };
    const params = writeEndpointListUrl(view, new URLSearchParams("deleted=x&status=enabled"));
    expect(params.toString()).toBe("deleted=x&q=a%26b&page=2");
    expect(readEndpointListUrl(params)).toEqual(view);
    expect(writeEndpointListUrl(defaults).toString()).toBe("");
  });
});

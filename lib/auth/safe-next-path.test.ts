import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it.each([
    ["/domains", "/domains"],
    ["/domains/rd-1?q=a%20b#top", "/domains/rd-1?q=a%20b#top"],
    ["/history?from=2024-01-01", "/history?from=2024-01-01"],
    // Stays on the site, written oddly: kept as the path the browser would reach.
    ["/a/../domains", "/domains"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["domains", "/domains"],
  ])("keeps the same-origin path %j as %j", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    "/\t/evil.example/phish", // what ?next=/%09/evil.example/phish arrives as
    "/\n/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    " //evil.example",
    "//evil.example",
    "//evil.example/phish",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "/%2e//evil.example",
    "/a/..//evil.example",
    "https://evil.example/",
    "HTTPS://evil.example",
    "http:evil.example",
    "https:/evil.example",
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "mailto:x@evil.example",
    "http://dashboard.invalid@evil.example/",
    "",
  ])("refuses %j", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it("takes the first of repeated values, and / when there is none", () => {
    expect(safeNextPath(["/history", "//evil.example"])).toBe("/history");
    expect(safeNextPath(["//evil.example", "/history"])).toBe("/");
    expect(safeNextPath(undefined)).toBe("/");
  });
});

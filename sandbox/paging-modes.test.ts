// Each resource's own maximum page size, and SANDBOX_LINK_STYLE: links a careful client
// follows (absolute, relative) and links it must refuse (foreign-host, loop).
import { describe, expect, it } from "vitest";
import { DEMO, sandboxForFile } from "./test-support";

const sb = sandboxForFile();

const endpoints = `/domains/${DEMO.salesDomain}/endpoints`;

function nextLink(link: string | null): string | null {
  return /<([^>]+)>;\s*rel="next"/.exec(link ?? "")?.[1] ?? null;
}

describe("page size: at most 100 for domains, 1000 for endpoints and applications", () => {
  it.each([
    ["/domains", 100],
    [endpoints, 1000],
    ["/applications", 1000],
  ])("%s takes size=%i and answers one more with Catapult's 400 body", async (path, max) => {
    expect((await sb.call("GET", `${path}?size=${max}`)).status).toBe(200);
    const refused = await sb.call("GET", `${path}?size=${max + 1}`);
    expect(refused.status).toBe(400);
    expect(refused.json).toEqual({
      category: "bad-request",
      code: "validation-error",
      message: `size must be an integer from 1 to ${max}`,
      details: [{ name: "size", value: String(max + 1) }],
    });
  });

  it.each(["0", "-1", "1.5", "ten", ""])("refuses size=%j on domains too", async (size) => {
    const refused = await sb.call("GET", `/domains?size=${size}`);
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({ code: "validation-error", details: [{ name: "size", value: size }] });
  });

  it("takes each maximum from its setting (SANDBOX_MAX_PAGE_SIZE_*)", async () => {
    sb.sandbox.setFaults({ maxPageSizeDomains: 1000, maxPageSizeEndpoints: 2 });
    expect((await sb.call("GET", "/domains?size=1000")).status).toBe(200);
    expect((await sb.call("GET", `${endpoints}?size=3`)).status).toBe(400);
  });
});

describe("SANDBOX_LINK_STYLE", () => {
  it("absolute (the default): http:// + the Host the client used + the path", async () => {
    const page = await sb.call("GET", `${endpoints}?size=2`);
    expect(nextLink(page.headers.get("link"))).toBe(`${sb.userUrl}${endpoints}?page=1&size=2`);
  });

  it("relative: the path and query only", async () => {
    sb.sandbox.setFaults({ linkStyle: "relative" });
    const page = await sb.call("GET", `${endpoints}?size=2`);
    expect(page.headers.get("link")).toBe(
      `</v1/users/u-demo${endpoints}?page=0&size=2>; rel="first", </v1/users/u-demo${endpoints}?page=1&size=2>; rel="next"`,
    );
  });

  it("foreign-host: every link points at 127.0.0.2 on the same port, not at the sandbox", async () => {
    sb.sandbox.setFaults({ linkStyle: "foreign-host" });
    const port = new URL(sb.origin).port;
    const page = await sb.call("GET", `${endpoints}?size=1&page=1`);
    expect(page.json).toEqual([expect.objectContaining({ id: "re-0000000000000000000000e2" })]);
    const link = page.headers.get("link") ?? "";
    expect(nextLink(link)).toBe(`http://127.0.0.2:${port}/v1/users/u-demo${endpoints}?page=2&size=1`);
    expect(link).toContain(`<http://127.0.0.2:${port}/v1/users/u-demo${endpoints}?page=0&size=1>; rel="previous"`);
    expect(link).not.toContain("127.0.0.1");
  });

  it("loop: the next link points back at the page just served, even on the last page", async () => {
    sb.sandbox.setFaults({ linkStyle: "loop" });
    const first = await sb.call("GET", `${endpoints}?size=2`);
    expect(nextLink(first.headers.get("link"))).toBe(`${sb.userUrl}${endpoints}?page=0&size=2`);
    const again = await sb.call("GET", nextLink(first.headers.get("link")) ?? "");
    expect(again.json).toEqual(first.json);
    expect(nextLink(again.headers.get("link"))).toBe(nextLink(first.headers.get("link")));
    const whole = await sb.call("GET", `${endpoints}?size=1000`);
    expect(nextLink(whole.headers.get("link"))).toBe(`${sb.userUrl}${endpoints}?page=0&size=1000`);
  });
});

import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { domainBody, endpointBody, idFromLocation, startSandbox, type RunningSandbox } from "./test-support";

let sb: RunningSandbox;
let domainId = "";
const TOTAL = 2500;

beforeAll(async () => {
  sb = await startSandbox({ seedPath: null });
  domainId = idFromLocation(await sb.call("POST", "/domains", domainBody("bulk")));
  const names = Array.from({ length: TOTAL }, (_, i) => `ext-${String(i).padStart(4, "0")}`);
  for (let i = 0; i < names.length; i += 50) {
    const batch = names.slice(i, i + 50).map((name) => sb.call("POST", `/domains/${domainId}/endpoints`, endpointBody(name)));
    for (const answer of await Promise.all(batch)) expect(answer.status).toBe(201);
  }
});
afterAll(() => sb.close());

function nextLink(link: string | null): string | null {
  return /<([^>]+)>;\s*rel="next"/.exec(link ?? "")?.[1] ?? null;
}

describe("paging", () => {
  it("reads 2,500 endpoints in 3 pages of size=1000 by following rel=next, in creation order", async () => {
    let url: string | null = `${sb.userUrl}/domains/${domainId}/endpoints?size=1000`;
    const pages: { id: string }[][] = [];
    while (url) {
      const answer = await sb.call("GET", url);
      expect(answer.status).toBe(200);
      pages.push(answer.json as { id: string }[]);
      url = nextLink(answer.headers.get("link"));
      if (url) expect(url).toMatch(new RegExp(`^${sb.userUrl}/domains/${domainId}/endpoints\\?page=\\d+&size=1000$`));
    }
    expect(pages.map((p) => p.length)).toEqual([1000, 1000, 500]);
    const all = (await sb.call("GET", `/_sandbox/endpoints?domainId=${domainId}`)).json as { id: string }[];
    expect(pages.flat().map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(new Set(all.map((e) => e.id)).size).toBe(TOTAL);
  });

  it("defaults to page 0 of size 25 and announces the next page", async () => {
    const answer = await sb.call("GET", `/domains/${domainId}/endpoints`);
    expect(answer.json).toHaveLength(25);
    expect(nextLink(answer.headers.get("link"))).toBe(`${sb.userUrl}/domains/${domainId}/endpoints?page=1&size=25`);
  });

  it("gives no next link on the last page and an empty array past the end", async () => {
    const last = await sb.call("GET", `/domains/${domainId}/endpoints?page=99&size=25`);
    expect(last.json).toHaveLength(25);
    expect(nextLink(last.headers.get("link"))).toBeNull();
    const past = await sb.call("GET", `/domains/${domainId}/endpoints?page=100&size=25`);
    expect(past.status).toBe(200);
    expect(past.json).toEqual([]);
  });

  it.each([
    ["size", "1001"],
    ["size", "0"],
    ["size", "ten"],
    ["page", "-1"],
    ["page", "1.5"],
  ])("refuses %s=%s with 400 naming the parameter", async (name, value) => {
    const answer = await sb.call("GET", `/domains/${domainId}/endpoints?${name}=${value}`);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ category: "bad-request", code: "validation-error", details: [{ name, value }] });
  });

  it("builds absolute links from the request's Host header", async () => {
    const link = await new Promise<string>((resolve, reject) => {
      const req = request(`${sb.userUrl}/domains/${domainId}/endpoints?size=1000`, {
        headers: { Host: "catapult.test:8443", Authorization: sb.basicAuth },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(String(res.headers.link ?? ""));
      });
      req.on("error", reject);
      req.end();
    });
    expect(nextLink(link)).toBe(`http://catapult.test:8443/v1/users/u-demo/domains/${domainId}/endpoints?page=1&size=1000`);
  });

  it("pages domains and applications the same way", async () => {
    const apps = await sb.call("GET", "/applications?size=1001");
    expect(apps.status).toBe(400);
    const domains = await sb.call("GET", "/domains?size=1");
    expect(domains.json).toHaveLength(1);
    expect(nextLink(domains.headers.get("link"))).toBeNull();
  });
});

// Reading a whole list follows `next` only to this Catapult account, asks each resource for
// its own largest page, and refuses lists that loop or never end.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CatapultConfig, CatapultResponse, RequestOptions } from "./http";
import { MAX_PAGE_SIZE, MAX_PAGES, readPages } from "./paging";

const config: CatapultConfig = { baseUrl: "https://api.catapult.example", userId: "u-1", apiToken: "t", apiSecret: "s", ratePerSecond: 1, timeoutMs: 1000 };
const record = z.object({ id: z.string() });
const page = (ids: string[], next?: string): CatapultResponse => ({
  status: 200,
  headers: new Headers(next ? { Link: `<${next}>; rel="next"` } : {}),
  body: ids.map((id) => ({ id })),
});

async function read(send: (o: RequestOptions) => Promise<CatapultResponse>, size: number = MAX_PAGE_SIZE.endpoints) {
  const all: string[] = [];
  for await (const items of readPages(config, send, { path: "/domains/d-1/endpoints", size, record })) all.push(...items.map((i) => i.id));
  return all;
}

describe("readPages", () => {
  it("asks for the resource's largest page once, then follows next links as given", async () => {
    const send = vi
      .fn()
      .mockResolvedValueOnce(page(["a"], "https://api.catapult.example/v1/users/u-1/domains/d-1/endpoints?page=1&size=100"))
      .mockResolvedValueOnce(page(["b"]));
    expect(await read(send, MAX_PAGE_SIZE.domains)).toEqual(["a", "b"]);
    expect(send.mock.calls[0]![0]).toMatchObject({ path: "/domains/d-1/endpoints", query: { size: 100 } });
    expect(send.mock.calls[1]![0]).toMatchObject({ path: "https://api.catapult.example/v1/users/u-1/domains/d-1/endpoints?page=1&size=100", query: undefined });
  });

  it.each([
    ["another host", "https://evil.example/v1/users/u-1/domains/d-1/endpoints?page=1"],
    ["another port", "https://api.catapult.example:8443/v1/users/u-1/domains/d-1/endpoints?page=1"],
    ["plain http", "http://api.catapult.example/v1/users/u-1/domains/d-1/endpoints?page=1"],
    ["another account", "https://api.catapult.example/v1/users/u-2/domains/d-1/endpoints?page=1"],
    ["a path outside the account", "https://api.catapult.example/v2/whatever"],
  ])("never follows a next link to %s, and says so", async (_what, next) => {
    const send = vi.fn().mockResolvedValueOnce(page(["a"], next));
    await expect(read(send)).rejects.toMatchObject({ kind: "bad-response", message: expect.stringMatching(/outside this Catapult account/) });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("stops with an error on a next link it has already followed", async () => {
    const loop = "https://api.catapult.example/v1/users/u-1/domains/d-1/endpoints?page=1";
    const send = vi.fn().mockResolvedValue(page(["a"], loop));
    await expect(read(send)).rejects.toMatchObject({ message: expect.stringMatching(/repeats an earlier page/) });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it(`stops with an error after ${MAX_PAGES} pages`, async () => {
    let n = 0;
    const send = vi.fn(async () => page([`e${n}`], `https://api.catapult.example/v1/users/u-1/domains/d-1/endpoints?page=${++n}`));
    await expect(read(send)).rejects.toMatchObject({ message: expect.stringMatching(/more than 200 pages/) });
    expect(send).toHaveBeenCalledTimes(MAX_PAGES);
  });
});

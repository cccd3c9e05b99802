// The files in public/ are served to anyone (proxy.ts's matcher lets them through): the tab
// icon shows on the sign-in page, and robots.txt keeps search engines out. Every other path,
// look-alikes included, still needs a session.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const PUBLIC_DIR = path.resolve(__dirname, "../public");
// Read from the folder, so a file added to public/ but not to proxy.ts's matcher fails here.
const files = fs.readdirSync(PUBLIC_DIR).filter((name) => fs.statSync(path.join(PUBLIC_DIR, name)).isFile());

const CONTENT_TYPES: Record<string, RegExp> = {
  ".ico": /^image\/(x-icon|vnd\.microsoft\.icon)/,
  ".svg": /^image\/svg\+xml/,
  ".png": /^image\/png/,
  ".txt": /^text\/plain/,
};

test("public/ holds the icons and robots.txt", () => {
  expect(files).toEqual(expect.arrayContaining(["apple-touch-icon.png", "favicon.ico", "icon.svg", "robots.txt"]));
});

for (const name of files) {
  test(`/${name} is served without a session`, async ({ request }) => {
    const response = await request.get(`/${name}`, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    const expected = CONTENT_TYPES[path.extname(name)];
    if (!expected) throw new Error(`no expected content type for ${name}: add its extension above`);
    expect(response.headers()["content-type"]).toMatch(expected);
    // The file itself, not a page rendered in its place.
    expect(Buffer.compare(await response.body(), fs.readFileSync(path.join(PUBLIC_DIR, name)))).toBe(0);
  });
}

test("robots.txt keeps every crawler out", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).toMatch(/^Disallow: \/$/m);
});

test("paths that only look like public files still need a session", async ({ request }) => {
  // The matcher escapes dots and anchors names: none of these may slip past the session check.
  for (const url of ["/robots.txt.bak", "/favicon.icox", "/iconXsvg", "/apple-touch-icon.png/x"]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(307);
    expect(response.headers().location, url).toContain(`/sign-in?next=${encodeURIComponent(url)}`);
  }
});

test("the sign-in page links the icons, and each link loads", async ({ page, request }) => {
  await page.goto("/sign-in");
  await expect(page.locator('link[rel="icon"][href="/icon.svg"][type="image/svg+xml"]')).toHaveCount(1);
  await expect(page.locator('link[rel="icon"][href="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"][href="/apple-touch-icon.png"]')).toHaveCount(1);
  const hrefs = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? ""));
  for (const href of hrefs) {
    const response = await request.get(href, { maxRedirects: 0 });
    expect(response.status(), href).toBe(200);
    expect(response.headers()["content-type"], href).toMatch(/^image\//);
  }
});

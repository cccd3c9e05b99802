// Part 4: JavaScript (gzip, as transferred) a cold browser downloads per page, and the time
// until the page's main control can be used.
import type { Browser } from "@playwright/test";

export interface PageWeight {
  page: string;
  scripts: number;
  jsBytesGzip: number;
  usableMs: number;
}

export async function measurePageWeights(
  browser: Browser,
  appUrl: string,
  cookie: string,
  pages: { name: string; path: string; ready: string }[],
): Promise<PageWeight[]> {
  const results: PageWeight[] = [];
  for (const target of pages) {
    const context = await browser.newContext({ baseURL: appUrl });
    if (target.path !== "/sign-in") {
      const [name, value] = cookie.split("=");
      await context.addCookies([{ name: name!, value: value!, url: appUrl }]);
    }
    const page = await context.newPage();
    const scripts: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") scripts.push(request.sizes().then((s) => s.responseBodySize));
    });
    const t = Date.now();
    await page.goto(target.path);
    await page.locator(target.ready).first().waitFor();
    await page.waitForLoadState("load");
    const usableMs = Date.now() - t;
    await page.waitForLoadState("networkidle");
    const sizes = await Promise.all(scripts);
    results.push({ page: target.name, scripts: sizes.length, jsBytesGzip: sizes.reduce((a, b) => a + b, 0), usableMs });
    await context.close();
  }
  return results;
}

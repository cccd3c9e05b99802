// Part 4: JavaScript (gzip, as transferred) a cold browser downloads per page, and the time
// until the page's main control can be used. Every page of the dashboard is measured, each
// in a fresh browser context (no cache), against the 150 kB goal.
import type { Browser } from "@playwright/test";
import type { App, Sandbox } from "./services";

export const PAGE_WEIGHT_GOAL_BYTES = 150 * 1024;

export interface PageWeight {
  page: string;
  scripts: number;
  jsBytesGzip: number;
  usableMs: number;
  /** Each script's path and gzip bytes, largest first (for `page-weight-only.ts --chunks`). */
  chunks: { path: string; bytes: number }[];
}

export interface BenchPage {
  name: string;
  path: string;
  /** A selector that matches once the page's main content is on screen. */
  ready: string;
}

/**
 * Every page, with what it needs to show real content: a domain holding one endpoint made by
 * the form, and a one-row bulk job (which also leaves entries in History and the audit log).
 */
export async function benchPages(app: App, sandbox: Sandbox): Promise<BenchPage[]> {
  const domainId = await sandbox.createDomain(`bench-pages-${Date.now()}`);
  const created = (await (await app.call(`/api/domains/${domainId}/endpoints`, "POST", { name: "page-weight", password: "abc123" })).json()) as { endpoint: { id: string } };
  const job = (await (await app.call("/api/bulk-jobs", "POST", { domainId, rows: [{ sourceRow: 2, name: "job-page", password: "abc123" }] })).json()) as { job: { id: string } };
  return [
    { name: "Sign in", path: "/sign-in", ready: "input[type=password]" },
    // Any token shows the form; the page checks it only when the form is sent.
    { name: "Set password", path: "/set-password?token=bench-token", ready: "input[type=password]" },
    { name: "Domains", path: "/", ready: `a[href="/domains/${domainId}"]` },
    { name: "Domain", path: `/domains/${domainId}`, ready: "a[href$='/endpoints/new']" },
    { name: "New endpoint", path: `/domains/${domainId}/endpoints/new`, ready: "input[name=name]" },
    { name: "Endpoint", path: `/domains/${domainId}/endpoints/${created.endpoint.id}`, ready: "text=page-weight" },
    { name: "Bulk import", path: `/domains/${domainId}/endpoints/bulk`, ready: "textarea" },
    { name: "Bulk job", path: `/bulk-jobs/${job.job.id}`, ready: "[role=progressbar]" },
    { name: "Bulk jobs", path: "/bulk-jobs", ready: `a[href="/bulk-jobs/${job.job.id}"]` },
    { name: "History", path: "/history", ready: "text=page-weight" },
    { name: "Audit log", path: "/audit", ready: "tbody tr" },
    { name: "Users", path: "/users", ready: "tbody tr" },
    { name: "Account", path: "/account", ready: "input[type=password]" },
    { name: "API keys", path: "/api-keys", ready: "input[name=name]" },
    { name: "Forbidden", path: "/forbidden", ready: "text=Not allowed" },
  ];
}

export async function measurePageWeights(browser: Browser, appUrl: string, cookie: string, pages: BenchPage[]): Promise<PageWeight[]> {
  const results: PageWeight[] = [];
  for (const target of pages) {
    const context = await browser.newContext({ baseURL: appUrl });
    if (!["/sign-in", "/set-password"].includes(new URL(target.path, appUrl).pathname)) {
      const [name, value] = cookie.split("=");
      await context.addCookies([{ name: name!, value: value!, url: appUrl }]);
    }
    const page = await context.newPage();
    const scripts: Promise<{ path: string; bytes: number }>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") scripts.push(request.sizes().then((s) => ({ path: new URL(request.url()).pathname, bytes: s.responseBodySize })));
    });
    const t = Date.now();
    await page.goto(target.path);
    await page.locator(target.ready).first().waitFor();
    await page.waitForLoadState("load");
    const usableMs = Date.now() - t;
    await page.waitForLoadState("networkidle");
    const chunks = (await Promise.all(scripts)).toSorted((a, b) => b.bytes - a.bytes);
    results.push({ page: target.name, scripts: chunks.length, jsBytesGzip: chunks.reduce((sum, c) => sum + c.bytes, 0), usableMs, chunks });
    await context.close();
  }
  return results;
}

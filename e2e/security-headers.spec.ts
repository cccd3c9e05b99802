// Every page, opened as a person would, runs under a strict Content-Security-Policy (scripts
// only by this answer's nonce) without a single violation, and carries the security headers.
// The pages are read from app/, so a new page is covered without anyone remembering it.
import { expect, type Page, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { listAppRoutes } from "./support/app-routes";
import { expectPageHeaders } from "./support/security-headers";
import { signIn } from "./support/session";

const pages = listAppRoutes().filter((r) => r.kind === "page");
/** Real ids for the dynamic segments, so each page renders its content, not only "not found". */
const ids: Record<string, string> = {};

test.beforeAll(async ({ playwright }) => {
  test.setTimeout(90_000);
  const api = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${E2E.appPort}` });
  await signIn(api);
  ids.domainId = await createSandboxDomain(`csp-${Date.now()}`);
  const created = await api.post("/api/bulk-jobs", { data: { domainId: ids.domainId, rows: [{ sourceRow: 2, name: "csp-phone", password: "csp-Phone-pass-1" }] } });
  expect(created.status()).toBe(201);
  ids.jobId = ((await created.json()) as { job: { id: string } }).job.id;
  await expect
    .poll(async () => ((await (await api.get(`/api/bulk-jobs/${ids.jobId}`)).json()) as { job: { status: string } }).job.status, { timeout: 60_000 })
    .toBe("completed");
  ids.endpointId = (await sandboxCall<{ id: string }[]>(`/_sandbox/endpoints?domainId=${ids.domainId}`)).body[0]!.id;
  await api.dispose();
});

/** Collects every CSP violation the page reports, as event and as console error, from the first byte. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"}`));
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...consoleErrors];
}

const fill = (pattern: string) => pattern.replace(/\[(\w+)\]/g, (_, name: string) => ids[name] ?? `missing-${name}`);

for (const url of [...pages.map((r) => r.pattern), "/no-such-page"]) {
  test(`${url}: strict CSP, no violation, security headers`, async ({ page }) => {
    await signIn(page);
    const violations = await watchViolations(page);
    const response = (await page.goto(fill(url)))!;
    expect(response.status()).toBe(url === "/no-such-page" ? 404 : 200);
    const nonce = expectPageHeaders(response.headers());

    // Every script Next wrote carries this answer's nonce, inline flight data included.
    const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(1);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    // The app ran: its bundle (window.next) and its inline data (__next_f) both executed.
    await page.waitForFunction(() => "next" in window && "__next_f" in window);
    await page.waitForLoadState("networkidle");
    expect(await violations()).toEqual([]);

    // The policy is enforced, and this watcher would see it: markup injected as an XSS would
    // (an inline event handler) is refused. ('strict-dynamic' lets the app's own scripts add
    // scripts; what it refuses is script that arrives as markup, which is what an injection is.)
    await page.evaluate(() => document.body.insertAdjacentHTML("beforeend", `<img alt="" src="data:," onerror="window.injectedByMarkup = true">`));
    await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-attr blocked inline/));
    expect(await page.evaluate(() => "injectedByMarkup" in window)).toBe(false);
  });
}

test("each page answer has its own nonce", async ({ page }) => {
  await signIn(page);
  const first = expectPageHeaders((await page.goto("/history"))!.headers());
  const second = expectPageHeaders((await page.goto("/history"))!.headers());
  expect(second).not.toBe(first);
});

test("the redirect to sign-in carries the headers too", async ({ request }) => {
  const response = await request.get("/history", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expectPageHeaders(response.headers());
});

// The way back to a job: "Bulk jobs" in the navigation lists every job, a job that created
// nothing included, and a domain's page says when an import is running in it.
import { expect, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { cancelIfUnfinished, formatDateTime, setCatapultLatency, startJobThroughApi, waitForJobStatus } from "./support/bulk-jobs";
import { signIn } from "./support/session";

test("Bulk jobs in the navigation lists a job that created nothing, and leads to it", async ({ page }) => {
  const domainName = `nothing-${Date.now()}`;
  const domainId = await createSandboxDomain(domainName);
  for (const name of ["taken-a", "taken-b"]) {
    expect((await sandboxCall(`/v1/users/${E2E.userId}/domains/${domainId}/endpoints`, { method: "POST", body: { name, credentials: { password: "abc123" } } })).status).toBe(201);
  }
  await signIn(page);
  // Every row's name is already in the domain: the job skips them all and creates nothing.
  const jobId = await startJobThroughApi(page, {
    domainId,
    existingPolicy: "skip",
    rows: [
      { sourceRow: 2, name: "taken-a", password: "abc123" },
      { sourceRow: 3, name: "taken-b", password: "abc123" },
    ],
  });
  const { job } = await waitForJobStatus(page, jobId, "completed");
  expect(job.counts.created).toBe(0);

  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Bulk jobs" }).click();
  await expect(page).toHaveURL(/\/bulk-jobs$/);
  await expect(page.getByRole("heading", { level: 1, name: "Bulk jobs" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Bulk jobs" })).toHaveAttribute("aria-current", "page");

  // Newest first: the job just run is the first row.
  const first = page.getByRole("row").filter({ has: page.getByRole("cell") }).first();
  await expect(first).toContainText(domainName);
  await expect(first).toContainText(formatDateTime(job.createdAt));
  await expect(first).toContainText("Completed");
  await expect(first).toContainText("Skipped: already in the domain 2");
  await expect(first).toContainText("Created 0");
  await expect(first.getByRole("link", { name: domainName, exact: true })).toHaveAttribute("href", `/domains/${domainId}`);

  // On a phone each job is a small card: nothing off-screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(first.getByRole("link", { name: /^View job/ })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });

  await first.getByRole("link", { name: /^View job/ }).click();
  await expect(page).toHaveURL(new RegExp(`/bulk-jobs/${jobId}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Bulk job" })).toBeVisible();
  // The way back names the domain (it used to say only "Domain").
  await page.getByRole("link", { name: `Back to ${domainName}` }).click();
  await expect(page).toHaveURL(new RegExp(`/domains/${domainId}$`));
});

test("a domain's page says while a bulk import runs in it, links to the job, and stops saying so when it ends", async ({ page }) => {
  test.setTimeout(120_000);
  const domainName = `running-${Date.now()}`;
  const domainId = await createSandboxDomain(domainName);
  await signIn(page);
  let started: string | undefined;
  try {
    // A slow Catapult keeps the job running while the page is looked at.
    await setCatapultLatency(2000);
    const rows = Array.from({ length: 300 }, (_, i) => ({ sourceRow: i + 2, name: `run-${i}`, password: `run-pw-${i}` }));
    const jobId = await startJobThroughApi(page, { domainId, rows });
    started = jobId;

    await page.goto(`/domains/${domainId}`);
    const banner = page.getByText(/^A bulk import is running in this domain/);
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(/running in this domain: [\d,]+ of 300 done/);
    await banner.getByRole("link", { name: "View job" }).click();
    await expect(page).toHaveURL(new RegExp(`/bulk-jobs/${jobId}$`));

    await page.goBack();
    await expect(banner).toBeVisible();
    await setCatapultLatency(0);
    await waitForJobStatus(page, jobId, "completed");
    await expect(page.getByText("A bulk import is running")).toHaveCount(0, { timeout: 30_000 });
  } finally {
    await setCatapultLatency(0);
    // A failure above must not leave 300 creates running into the next spec's sandbox calls.
    if (started) await cancelIfUnfinished(page, started);
  }
});

test("the jobs list API says which filter is wrong", async ({ page }) => {
  await signIn(page);
  for (const [query, field] of [
    ["page=0", "page"],
    ["page=two", "page"],
    ["only=finished", "only"],
    ["domainId=not%20an%20id", "domainId"],
  ] as const) {
    const response = await page.request.get(`/api/bulk-jobs?${query}`);
    expect(response.status(), query).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields?: Record<string, string> } };
    expect(body.error.code, query).toBe("invalid_request");
    expect(Object.keys(body.error.fields ?? {}), query).toEqual([field]);
  }
  const ok = await page.request.get("/api/bulk-jobs?only=unfinished&page=1");
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ jobs: expect.any(Array), total: expect.any(Number) });
});

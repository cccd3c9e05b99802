// The job page read by a person: one vocabulary for the counts (page and CSV), a row's
// error readable on a 390 px phone, and a warning before leaving passwords behind.
import fs from "node:fs";
import Papa from "papaparse";
import { expect, type Page, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { importThroughBulkPage, startJobThroughApi, waitForJobStatus } from "./support/bulk-jobs";
import { signIn } from "./support/session";

async function addSandboxEndpoint(domainId: string, name: string) {
  expect((await sandboxCall(`/v1/users/${E2E.userId}/domains/${domainId}/endpoints`, { method: "POST", body: { name, credentials: { password: "abc123" } } })).status).toBe(201);
}

const progressCard = (page: Page) => page.getByRole("region", { name: "Progress" });

test("one vocabulary: rows confirmed by name after a lost answer count as created, existing names as skipped, on the page and in the CSV", async ({ page }) => {
  const domainId = await createSandboxDomain(`words-${Date.now()}`);
  await addSandboxEndpoint(domainId, "already-here");
  await signIn(page);
  let jobId: string;
  try {
    // Every create takes effect but its answer is lost: the job looks each name up and finds it.
    await sandboxCall("/_sandbox/faults", { method: "POST", body: { lostResponseRate: 1 } });
    jobId = await startJobThroughApi(page, {
      domainId,
      existingPolicy: "skip",
      rows: ["lost-1", "lost-2", "lost-3", "already-here"].map((name, i) => ({ sourceRow: i + 2, name, password: "Words-pw-1" })),
    });
    await waitForJobStatus(page, jobId, "completed");
  } finally {
    await sandboxCall("/_sandbox/faults", { method: "POST", body: { lostResponseRate: 0 } });
  }

  await page.goto(`/bulk-jobs/${jobId}`);
  const card = progressCard(page);
  await expect(card).toContainText("4 of 4 done", { useInnerText: true });
  await expect(card).toContainText("Created\n3", { useInnerText: true });
  await expect(card).toContainText("3 confirmed by name after a lost answer");
  await expect(card).toContainText("Skipped: already in the domain\n1", { useInnerText: true });
  await expect(card).not.toContainText("Already existed");
  await expect(page.getByText("Created (confirmed by name)").first()).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download results" }).click();
  const rows = Papa.parse<Record<string, string>>(fs.readFileSync((await (await download).path())!, "utf8").trim(), { header: true }).data;
  // Stable codes for scripts and filters, the page's words beside them for people.
  expect(rows.map((r) => [r.name, r.status, r.status_label])).toEqual([
    ["lost-1", "already_existed", "Created (confirmed by name)"],
    ["lost-2", "already_existed", "Created (confirmed by name)"],
    ["lost-3", "already_existed", "Created (confirmed by name)"],
    ["already-here", "skipped", "Skipped: already in the domain"],
  ]);
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a failed row's error can be read without the page scrolling sideways", async ({ page }) => {
    const domainName = `phone-${Date.now()}`;
    const domainId = await createSandboxDomain(domainName);
    await addSandboxEndpoint(domainId, "taken-1");
    await signIn(page);
    const jobId = await startJobThroughApi(page, {
      domainId,
      existingPolicy: "fail",
      rows: [
        { sourceRow: 2, name: "taken-1", password: "abc123" },
        { sourceRow: 3, name: "fresh-1", password: "abc123" },
      ],
    });
    await waitForJobStatus(page, jobId, "completed");

    await page.goto(`/bulk-jobs/${jobId}`);
    await expect(page.getByRole("link", { name: `Back to ${domainName}` })).toBeVisible();
    const rows = page.getByRole("region", { name: /^Rows of this job/ });
    // Down to the table, without touching its own horizontal scroll.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const error = rows.getByText("An endpoint with this name already exists in the domain.");
    await expect(error).toBeVisible();
    await expect(error).toBeInViewport();
    const box = (await error.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test("leaving a job page that holds generated passwords asks first, until they are downloaded", async ({ page }) => {
  const domainId = await createSandboxDomain(`guard-${Date.now()}`);
  await signIn(page);
  const jobId = await importThroughBulkPage(page, domainId, ["name,description", "guard-1,Lobby", "guard-2,Kitchen", "guard-3,Hall"].join("\n"), {
    generatePasswords: true,
    startLabel: /^Create 3 endpoints/,
  });
  await waitForJobStatus(page, jobId, "completed");
  await expect(page.getByText("3 of 3 done", { exact: true })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });

  // The in-app link asks (window.confirm); the admin chooses to stay.
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await nav.getByRole("link", { name: "History" }).click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toMatch(/3 generated passwords/);
  expect(dialogs[0]).toMatch(/not .*downloaded/);
  await expect(page).toHaveURL(new RegExp(`/bulk-jobs/${jobId}$`));

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download results" }).click();
  const csv = fs.readFileSync((await (await download).path())!, "utf8");
  const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
  expect(rows.map((r) => r.password?.length)).toEqual([20, 20, 20]);

  // Downloaded with the passwords: nothing left to lose, so the same link just goes.
  await nav.getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(/\/history$/);
  expect(dialogs).toHaveLength(1);
});

// Bulk job set-up the job-page specs share: jobs started through the API (fast, no tab
// memory) or through the bulk page (the tab keeps the paste and generated passwords), and
// a slow Catapult so a job is still running when a test looks at it.
import { expect, type Page } from "@playwright/test";
import { sandboxCall } from "../../scripts/test-support/app-process";

export interface JobView {
  job: { id: string; status: string; total: number; done: number; createdAt: number; counts: Record<string, number> };
  rows: { sourceRow: number; name: string; status: string; error: string | null }[];
}

/** Delays every Catapult request of the sandbox (0 turns it off again). */
export async function setCatapultLatency(latencyMs: number): Promise<void> {
  expect((await sandboxCall("/_sandbox/faults", { method: "POST", body: { latencyMs } })).status).toBe(200);
}

export async function startJobThroughApi(
  page: Page,
  body: { domainId: string; existingPolicy?: "skip" | "fail"; rows: { sourceRow: number; name: string; password: string; description?: string }[] },
): Promise<string> {
  const response = await page.request.post("/api/bulk-jobs", { data: body });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { job: { id: string } }).job.id;
}

export async function readJob(page: Page, jobId: string): Promise<JobView> {
  const response = await page.request.get(`/api/bulk-jobs/${jobId}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as JobView;
}

export async function waitForJobStatus(page: Page, jobId: string, status: string, timeout = 60_000): Promise<JobView> {
  await expect.poll(async () => (await readJob(page, jobId)).job.status, { timeout, intervals: [250] }).toBe(status);
  return readJob(page, jobId);
}

/** Test hygiene: a job a failed test left running is stopped (a finished one answers 409). */
export async function cancelIfUnfinished(page: Page, jobId: string): Promise<void> {
  const response = await page.request.post(`/api/bulk-jobs/${jobId}/actions`, { data: { action: "cancel" } });
  expect([200, 409]).toContain(response.status());
}

/**
 * Pastes `text` on the domain's bulk page and starts the import, as an admin does; the tab
 * then holds the paste, the refused rows and any generated passwords. Returns the job id.
 */
export async function importThroughBulkPage(
  page: Page,
  domainId: string,
  text: string,
  options: { generatePasswords?: boolean; startLabel: RegExp; beforeConfirm?: () => Promise<void> },
): Promise<string> {
  await page.goto(`/domains/${domainId}/endpoints/bulk`);
  await page.getByLabel("Paste rows from a spreadsheet or CSV").fill(text);
  if (options.generatePasswords) await page.getByLabel("Generate passwords for rows without one").check();
  const start = page.getByRole("button", { name: options.startLabel });
  await expect(start).toBeEnabled();
  await options.beforeConfirm?.();
  await start.click();
  await page.getByRole("dialog").getByRole("button", { name: /^Create \d/ }).click();
  await expect(page).toHaveURL(/\/bulk-jobs\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  return page.url().split("/").pop()!;
}

/** The date format every page uses (lib/browser/format.ts formatDateTime). */
export const formatDateTime = (epochMs: number) => new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" }).format(epochMs);

// Issue 10, item 3 on the bulk page: a paste not yet started asks before an in-app link takes
// it away, and stops asking once its job exists. And the receiving side of "import the rows
// not sent": /bulk?from={job}&rows=… prefills from this tab's copy of the job's paste.
import { expect, type Page, test } from "@playwright/test";
import { createSandboxDomain } from "../scripts/test-support/app-process";
import { signIn } from "./support/session";

const PASTE = ["name\tdescription\tpassword", "desk-1\tDesk 1\tSecret-1", "desk-2\tDesk 2\tSecret-2", "desk-3\tDesk 3\tSecret-3"].join("\n");

async function startJob(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Create 3 endpoints" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Create 3 endpoints" }).click();
  await expect(page).toHaveURL(/\/bulk-jobs\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

test("a paste asks before the nav takes it away; once its job started, nothing asks", async ({ page }) => {
  const domainId = await createSandboxDomain(`leave-${Date.now()}`);
  await signIn(page);
  await page.goto(`/domains/${domainId}/endpoints/bulk`);
  const box = page.getByLabel("Paste rows from a spreadsheet or CSV");
  await box.fill(PASTE);
  await expect(page.getByRole("button", { name: "Create 3 endpoints" })).toBeEnabled();

  const asked: string[] = [];
  page.on("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "History" }).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain("The pasted rows have not been imported");
  // Staying keeps the paste.
  await expect(page).toHaveURL(new RegExp(`/domains/${domainId}/endpoints/bulk$`));
  await expect(box).toHaveValue(PASTE);

  await startJob(page);
  await nav.getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(/\/history$/);
  expect(asked).toHaveLength(1);
});

test("?from={job}&rows=… prefills the rows from this tab's copy of the job's paste, and says when the tab forgot it", async ({ page, context }) => {
  const domainId = await createSandboxDomain(`again-${Date.now()}`);
  await signIn(page);
  await page.goto(`/domains/${domainId}/endpoints/bulk`);
  await page.getByLabel("Paste rows from a spreadsheet or CSV").fill(PASTE);
  const jobId = await startJob(page);
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "3", { timeout: 30_000 });

  // The job page's own link does this client-side navigation; the tab's memory survives it
  // (a full page load would not). Next's router is reached the way that link reaches it.
  const again = `/domains/${domainId}/endpoints/bulk?from=${jobId}&rows=2,4`;
  await page.evaluate((href) => (window as unknown as { next: { router: { push: (h: string) => void } } }).next.router.push(href), again);
  await expect(page).toHaveURL(new RegExp(`/endpoints/bulk\\?from=${jobId}`));
  await expect(page.getByRole("status").filter({ hasText: "Prefilled with 2 rows not sent by job" })).toBeVisible();
  await expect(page.getByLabel("Paste rows from a spreadsheet or CSV")).toHaveValue("name\tdescription\tpassword\ndesk-1\tDesk 1\tSecret-1\ndesk-3\tDesk 3\tSecret-3\n");
  await expect(page.getByTestId("bulk-counts")).toContainText("2 rows:");

  // Another tab has no copy of the job's paste: it says so, and prefills nothing.
  const other = await context.newPage();
  await other.goto(again);
  await expect(other.getByText(/This tab no longer holds the rows of job/)).toBeVisible();
  await expect(other.getByLabel("Paste rows from a spreadsheet or CSV")).toHaveValue("");
});

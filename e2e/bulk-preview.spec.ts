// Issue 10, items 6, 9 and 10 on the bulk page: one vocabulary and the same numbers on the
// preview, the button and the confirmation; a repeated name says where the other copy is,
// and rows with problems can be fixed in place or downloaded; no sideways scroll at 390 px.
import fs from "node:fs";
import Papa from "papaparse";
import { expect, type Page, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { signIn } from "./support/session";

async function domainWith(existing: string[]): Promise<string> {
  const domainId = await createSandboxDomain(`preview-${Date.now()}`);
  for (const name of existing) {
    const r = await sandboxCall(`/v1/users/${E2E.userId}/domains/${domainId}/endpoints`, { method: "POST", body: { name, credentials: { password: "abc123" } } });
    expect(r.status).toBe(201);
  }
  return domainId;
}

/** A header, `ready` new rows, one name the domain has, and two rows with problems. */
function mixedPaste(ready: number): string {
  const lines = ["name\tdescription\tpassword"];
  for (let i = 1; i <= ready; i++) lines.push(`desk-${i}\tDesk ${i}\tSecret-${i}`);
  lines.push("exists-1\tAlready there\tabc123", "bad name\tSpace in name\tabc123", "short-pw\tToo short\tabc");
  return lines.join("\n");
}

async function openWithPaste(page: Page, domainId: string, text: string) {
  await signIn(page);
  await page.goto(`/domains/${domainId}/endpoints/bulk`);
  await page.getByLabel("Paste rows from a spreadsheet or CSV").fill(text);
}

test("the button, the notes under it and the confirmation count the same rows in the same words", async ({ page }) => {
  const domainId = await domainWith(["exists-1"]);
  await openWithPaste(page, domainId, mixedPaste(2000));
  const counts = page.getByTestId("bulk-counts");
  await expect(counts).toContainText("2,003 rows: 2,000 ready, 2 with problems, 1 already in the domain.");
  for (const [label, value] of [["Ready", "2,000"], ["With problems", "2"], ["Already in the domain", "1"]]) {
    await expect(counts.getByRole("term").filter({ hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]")).toHaveText(value!);
  }

  const start = page.getByRole("button", { name: "Create 2,000 endpoints" });
  await expect(start).toBeEnabled();
  await expect(page.getByText("1 already in the domain will be skipped · 2 rows with problems will not be sent")).toBeVisible();
  await start.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading")).toHaveText(/^Create 2,000 endpoints in domain preview-/);
  await expect(dialog.getByRole("listitem")).toHaveText(["1 already in the domain will be skipped.", "2 rows with problems will not be sent."]);
  await expect(dialog).toContainText("This sends 2,000 requests to Catapult");
  await expect(dialog.getByRole("button", { name: "Create 2,000 endpoints" })).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();

  // The policy's words follow the admin's choice everywhere.
  await page.getByLabel("Count them as failed").check();
  await expect(page.getByText("1 already in the domain will count as failed · 2 rows with problems will not be sent")).toBeVisible();
});

test("a repeated name says where the other copy is; a row is fixed in place, or the rows with problems downloaded", async ({ page }) => {
  const domainId = await domainWith([]);
  const lines = ["name\tdescription\tpassword"];
  for (let i = 1; i <= 8; i++) lines.push(`desk-${i}\tDesk ${i}\tSecret-${i}`);
  lines[6] = "desk-1\tSecond desk one\tSecret-6"; // row 7 repeats row 2's name
  lines.push("x@y\tAt sign\tSecret-9");
  await openWithPaste(page, domainId, lines.join("\n"));
  const counts = page.getByTestId("bulk-counts");
  await expect(counts).toContainText("9 rows: 6 ready, 3 with problems, 0 already in the domain.");

  await page.getByRole("radio", { name: /With problems/ }).check({ force: true });
  const table = page.getByRole("table", { name: /Preview of 3 rows/ });
  await expect(table.getByText('Name "desk-1" is also on row 7: change or remove all but one.')).toBeVisible();
  await expect(table.getByText('Name "desk-1" is also on row 2: change or remove all but one.')).toBeVisible();

  // Download: paste-ready, with a reason, never a password.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download rows with problems" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("rows-with-problems.csv");
  const csv = fs.readFileSync((await file.path())!, "utf8");
  expect(csv).not.toMatch(/Secret-/);
  const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
  expect(rows.map((r) => [r.name, r.description, r.password])).toEqual([
    ["desk-1", "Desk 1", ""],
    ["desk-1", "Second desk one", ""],
    ["x@y", "At sign", ""],
  ]);
  expect(rows[2]?.reason).toMatch(/Name: "@" \(U\+0040\) at position 2 is not allowed/);

  // Fix row 7 in place: the paste text changes with it, and the row is ready.
  await table.getByRole("button", { name: "Edit row 7" }).click();
  const editor = page.getByRole("dialog", { name: "Edit row 7" });
  await expect(editor.getByLabel("Name")).toHaveValue("desk-1");
  await expect(editor.getByLabel("Password")).toHaveValue("");
  await editor.getByLabel("Name").fill("desk-6");
  await editor.getByRole("button", { name: "Save row" }).click();
  await expect(counts).toContainText("9 rows: 8 ready, 1 with problems, 0 already in the domain.");
  await expect(page.getByLabel("Paste rows from a spreadsheet or CSV")).toHaveValue(lines.join("\n").replace("desk-1\tSecond desk one", "desk-6\tSecond desk one"));
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the bulk page does not scroll sideways, with the longest start line and with the column step", async ({ page }) => {
    const domainId = await domainWith(["exists-1"]);
    await openWithPaste(page, domainId, mixedPaste(30));
    await expect(page.getByRole("button", { name: "Create 30 endpoints" })).toBeEnabled();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Every tile shows its whole label and number: nothing is cut off or pushed out of its box.
    const tiles = page.getByTestId("bulk-counts").locator("dl > div");
    await expect(tiles).toHaveCount(4);
    for (const tile of await tiles.all()) {
      const box = await tile.evaluate((el) => ({ fits: el.scrollWidth <= el.clientWidth, width: el.getBoundingClientRect().width }));
      expect(box.fits).toBe(true);
      expect(box.width).toBeGreaterThanOrEqual(150);
    }

    await page.getByLabel("Paste rows from a spreadsheet or CSV").fill("alice\tAlice desk phone\tS3cret-pw1\t\tTRUE\nbob\tBob mobile\tS3cret-pw2\t\tfalse");
    await expect(page.getByRole("button", { name: "Confirm columns" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

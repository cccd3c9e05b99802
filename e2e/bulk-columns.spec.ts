// Issue 10, item 2: a paste without a header row is read by its cells, shown for the admin to
// confirm, and nothing starts until they do. Pasted as in the issue (name, description,
// password, application, enabled), the passwords must reach Catapult as passwords and never
// as descriptions, which Catapult stores and shows in plain text.
import { expect, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { signIn } from "./support/session";

const ROWS = 15;
const line = (i: number, extra = "") =>
  [`jsmith_${i}`, `John Smith's phone ${i}`, `Chang3-me!${i}x`, i % 3 ? "Sales IVR" : "", i % 2 ? "TRUE" : "false"].join("\t") + extra;
const paste = (extra = "") => Array.from({ length: ROWS }, (_, i) => line(i + 1, extra)).join("\n");

test("a headerless paste: columns guessed from the cells, confirmed before anything starts", async ({ page }) => {
  test.setTimeout(90_000);
  const domainId = await createSandboxDomain(`columns-${Date.now()}`);
  await signIn(page);
  await page.goto(`/domains/${domainId}/endpoints/bulk`);
  const box = page.getByLabel("Paste rows from a spreadsheet or CSV");
  await box.fill(paste());

  const step = page.getByRole("region", { name: /No header row/ });
  await expect(step).toBeVisible();
  // Each column shows its own cells beside the select; the guesses follow the content.
  await expect(step.getByLabel("Column 2", { exact: true })).toHaveValue("description");
  await expect(step.getByLabel("Column 3", { exact: true })).toHaveValue("password");
  await expect(step.getByLabel("Column 4", { exact: true })).toHaveValue("application");
  await expect(step.getByLabel("Column 5", { exact: true })).toHaveValue("enabled");
  await expect(step.getByLabel("Column 1", { exact: true })).toHaveValue("name");
  await expect(step.getByRole("list", { name: "Column 2 cells" })).toContainText("John Smith's phone 1");
  // The password column's cells stay masked.
  await expect(step.getByRole("list", { name: "Column 3 cells" })).not.toContainText("Chang3-me!");

  const create = page.getByRole("button", { name: "Create 15 endpoints" });
  await expect(create).toBeDisabled();
  await expect(page.getByText("Confirm the columns above first.")).toBeVisible();
  await step.getByRole("button", { name: "Confirm columns" }).click();
  await expect(page.getByText(/Columns confirmed: Name · Description · Password · Application name · Enabled/)).toBeVisible();
  await expect(create).toBeEnabled();

  // One more column in the paste: the admin is asked again.
  await box.fill(paste("\tdesk"));
  await expect(page.getByRole("button", { name: "Confirm columns" })).toBeVisible();
  await expect(page.getByText(/The paste now has 6 columns \(it had 5/)).toBeVisible();
  await expect(create).toBeDisabled();
  // Back to five columns, confirmed again; the choices made are kept.
  await box.fill(paste());
  await expect(page.getByLabel("Column 3", { exact: true })).toHaveValue("password");
  await page.getByRole("button", { name: "Confirm columns" }).click();

  await create.click();
  await page.getByRole("dialog").getByRole("button", { name: "Create 15 endpoints" }).click();
  await expect(page).toHaveURL(/\/bulk-jobs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(ROWS), { timeout: 60_000 });

  const created = (await sandboxCall<{ name: string; description?: string; applicationId?: string; enabled: boolean }[]>(`/_sandbox/endpoints?domainId=${domainId}`)).body;
  expect(created).toHaveLength(ROWS);
  const byName = new Map(created.map((e) => [e.name, e]));
  for (let i = 1; i <= ROWS; i++) {
    const endpoint = byName.get(`jsmith_${i}`);
    expect(endpoint?.description, `row ${i}`).toBe(`John Smith's phone ${i}`);
    expect(endpoint?.enabled, `row ${i}`).toBe(i % 2 === 1);
    expect(endpoint?.applicationId ?? null, `row ${i}`).toBe(i % 3 ? "a-0000000000000000000000a1" : null);
  }
  // No password anywhere in what Catapult shows.
  expect(JSON.stringify(created)).not.toContain("Chang3-me!");
});

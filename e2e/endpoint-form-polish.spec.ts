// Issue 10, item 11 (the endpoint pages and History): the Name field has focus when the form
// opens; Enabled is the same checkbox on both forms; an empty password is "required"; an
// error does not repeat the hint beside it; copy buttons have proper names and only where
// something is worth copying; dates are written one way whatever the browser's language.
import { expect, test } from "@playwright/test";
import { createSandboxDomain } from "../scripts/test-support/app-process";
import { signIn } from "./support/session";

// A browser in German: before, History followed the browser's language for dates.
test.use({ locale: "de-DE" });

let domainId: string;
test.beforeAll(async () => {
  domainId = await createSandboxDomain(`polish-${Date.now()}`);
});

test.beforeEach(async ({ page }) => signIn(page));

test("the create form starts on Name; Enabled is a checkbox; an empty password is required; a broken rule is said once", async ({ page }) => {
  await page.goto(`/domains/${domainId}/endpoints/new`);
  const name = page.getByLabel("Name");
  await expect(name).toBeFocused();
  await expect(page.getByRole("checkbox", { name: "Enabled" })).toBeChecked();
  await expect(page.getByRole("switch")).toHaveCount(0);

  await name.fill("polish-one");
  await page.getByRole("button", { name: "Create endpoint" }).click();
  const password = page.getByLabel("Password", { exact: true });
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Password is required", { exact: true })).toBeVisible();
  await expect(page.getByText("Password must be at least 6 characters")).toHaveCount(0);

  await password.fill("pa€€word");
  await page.getByRole("button", { name: "Create endpoint" }).click();
  await expect(page.getByText(/"€" \(U\+20AC\) at position 3 is not a Latin-1 character/)).toBeVisible();
  // The error quotes the rule; the hint beside it no longer says it again.
  const passwordField = page.locator("div").filter({ has: password }).filter({ has: page.getByRole("alert") }).last();
  await expect(passwordField.getByText(/Latin-1 only \(no €, emoji or control characters\)/)).toHaveCount(1);
});

test("the endpoint page: Enabled is a checkbox like on create; copy buttons say what they copy; status and application have none", async ({ page }) => {
  const created = await page.request.post(`/api/domains/${domainId}/endpoints`, { data: { name: "polish-two", password: "polish-Secret" } });
  const { endpoint } = await created.json();
  await page.goto(endpoint.url);
  await expect(page.getByRole("heading", { name: "Edit endpoint" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Enabled" })).toBeChecked();
  await expect(page.getByRole("switch")).toHaveCount(0);

  const details = page.getByRole("region", { name: "Details" });
  for (const label of ["Copy SIP URI", "Copy realm", "Copy username", "Copy endpoint id", "Copy name"]) {
    await expect(details.getByRole("button", { name: label, exact: true })).toHaveCount(1);
  }
  await expect(details.getByRole("button", { name: /copy (status|application)/i })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "SIP phone settings" }).getByRole("button", { name: "Copy SIP URI", exact: true })).toHaveCount(1);
  // No lower-cased names ("Copy sip uri") anywhere on the page.
  await expect(page.getByRole("button", { name: /^Copy [a-z ]*(sip|uri)/ })).toHaveCount(0);
});

test("History writes dates one way (en, as numbers are), not in the browser's language", async ({ page }) => {
  await page.request.post(`/api/domains/${domainId}/endpoints`, { data: { name: "polish-three", password: "polish-Secret" } });
  await page.goto(`/history?domainId=${domainId}`);
  const time = page.locator("time").filter({ visible: true }).first();
  // e.g. "Mar 5, 2026, 2:07 PM"; German would be "05.03.2026, 14:07".
  await expect(time).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/);
});

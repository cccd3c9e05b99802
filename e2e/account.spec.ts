// A person's own account: changing the password ends their other sessions and keeps this
// one; they see their sessions, end one, or sign out everywhere. A copied cookie from an
// ended session gets 401.
import { expect, test } from "@playwright/test";
import { signIn } from "./support/session";
import { PASSWORD, addPerson, copiedCookie, latestAudit, replayStatus, signedInClient } from "./support/people";

const NEW_PASSWORD = "changed-E2E-pass-77";

async function personPage(page: import("@playwright/test").Page, role: "viewer" | "operator" = "viewer") {
  await signIn(page);
  const person = await addPerson(page.request, role);
  await page.context().clearCookies();
  await page.request.post("/api/session", { data: { email: person.email, password: PASSWORD } });
  return person;
}

test("changing the password ends the other sessions and keeps this one", async ({ page }) => {
  const person = await personPage(page);
  const other = await copiedCookie(await signedInClient(person.email));
  await page.goto("/account");
  await expect(page.getByRole("list", { name: "Your sessions" }).getByRole("listitem")).toHaveCount(2);

  await page.getByLabel("Current password").fill("not-my-password-1");
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password")).toBeVisible();

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
  expect(await replayStatus(other)).toBe(401);
  expect(await replayStatus(await copiedCookie(page.request))).toBe(200);
  await expect(page.getByRole("list", { name: "Your sessions" }).getByRole("listitem")).toHaveCount(1);
  await (await signedInClient(person.email, NEW_PASSWORD)).dispose();
  expect(await latestAudit(page.request, "account.password-changed", person.email)).toMatchObject({ actor: { label: person.email }, outcome: "ok" });
});

test("ending one other session from the list", async ({ page }) => {
  const person = await personPage(page);
  const other = await copiedCookie(await signedInClient(person.email));
  await page.goto("/account");
  const sessions = page.getByRole("list", { name: "Your sessions" });
  await expect(sessions.getByRole("listitem").filter({ hasText: "This browser" })).toHaveCount(1);
  await sessions.getByRole("button", { name: "End", exact: true }).click();
  await expect(sessions.getByRole("listitem")).toHaveCount(1);
  expect(await replayStatus(other)).toBe(401);
  expect(await replayStatus(await copiedCookie(page.request))).toBe(200);
});

test("sign out everywhere ends every session, this one included", async ({ page }) => {
  const person = await personPage(page, "operator");
  const other = await copiedCookie(await signedInClient(person.email));
  const mine = await copiedCookie(page.request);
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await replayStatus(other)).toBe(401);
  expect(await replayStatus(mine)).toBe(401);
  await signIn(page);
  expect(await latestAudit(page.request, "account.sessions-ended", person.email)).toMatchObject({ actor: { label: person.email }, outcome: "ok", detail: { ended: "all" } });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the account and users pages fit without sideways scrolling", async ({ page }) => {
    await signIn(page);
    for (const path of ["/account", "/users"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText(/Loading/)).toHaveCount(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  });
});

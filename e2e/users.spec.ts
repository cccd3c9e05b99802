// The Users page: an admin adds people (with a password or an invitation link), changes
// roles, disables and enables, ends sessions; each takes effect on the person's next
// request, and each leaves an audit entry naming the admin and the person.
import { expect, type Page, test } from "@playwright/test";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { signIn } from "./support/session";
import { PASSWORD, addPerson, copiedCookie, latestAudit, replayStatus, signedInClient, uniqueEmail } from "./support/people";

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

function row(page: Page, email: string) {
  return page.getByRole("row", { name: email, exact: true });
}

async function addInUi(page: Page, email: string, role: string, password?: string) {
  await page.goto("/users");
  await page.getByRole("button", { name: "Add person" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: role });
  if (password) {
    await page.getByLabel("Set a first password").check();
    await page.getByRole("textbox", { name: "First password" }).fill(password);
  }
  await page.getByRole("button", { name: "Add person" }).click();
}

test("an admin adds a person with a password, and they sign in with it", async ({ page }) => {
  const email = uniqueEmail("with-password");
  await addInUi(page, email, "Operator", PASSWORD);
  await expect(page.getByRole("status").filter({ hasText: `${email} was added` })).toBeVisible();
  await expect(row(page, email).getByLabel(`Role of ${email}`)).toHaveValue("operator");
  const person = await signedInClient(email);
  expect(await (await person.get("/api/session")).json()).toMatchObject({ user: { email, role: "operator" } });
  expect(await latestAudit(page.request, "user.create", email)).toMatchObject({ actor: { label: E2E.adminEmail }, outcome: "ok", detail: { role: "operator" } });
});

test("an invitation link sets a password once, then the person signs in", async ({ page, browser }) => {
  const email = uniqueEmail("invited");
  await addInUi(page, email, "Viewer");
  const link = (await page.getByLabel("Invitation link", { exact: true }).textContent())!;
  expect(link).toMatch(/\/set-password\?token=/);
  await expect(row(page, email).getByText("No password yet")).toBeVisible();

  const guest = await browser.newPage({ baseURL: `http://127.0.0.1:${E2E.appPort}` });
  await guest.goto(new URL(link).pathname + new URL(link).search);
  await guest.getByLabel("New password").fill(PASSWORD);
  await guest.getByLabel("Repeat the password").fill(PASSWORD);
  await guest.getByRole("button", { name: "Set password" }).click();
  await expect(guest.getByText(`Your password is set. Sign in as ${email}.`)).toBeVisible();
  await (await signedInClient(email)).dispose();

  // The same link again: refused, with words.
  await guest.goto(new URL(link).pathname + new URL(link).search);
  await guest.getByLabel("New password").fill(`${PASSWORD}-again`);
  await guest.getByLabel("Repeat the password").fill(`${PASSWORD}-again`);
  await guest.getByRole("button", { name: "Set password" }).click();
  await expect(guest.getByText("This link does not work any more")).toBeVisible();
  await guest.close();
  // One entry, by the person the link was for: the replay names nobody, so it records nothing.
  const set = await page.request.get(`/api/audit?action=user.password-set&target=${encodeURIComponent(email)}`);
  expect((await set.json()).entries).toMatchObject([{ actor: { label: email }, outcome: "ok" }]);
});

test("an email that already has an account is refused with a field error", async ({ page }) => {
  const email = uniqueEmail("taken");
  await addPerson(page.request, "viewer", email);
  const response = await page.request.post("/api/users", { data: { email: email.toUpperCase(), role: "viewer" } });
  expect(response.status()).toBe(409);
  expect((await response.json()).error).toMatchObject({ code: "conflict", fields: { email: `${email} already has an account` } });
  await addInUi(page, email, "Viewer");
  await expect(page.getByText(`${email} already has an account`)).toBeVisible();
});

test("disabling signs the person out everywhere and keeps them out until enabled", async ({ page }) => {
  const person = await addPerson(page.request, "operator");
  const cookies = [await copiedCookie(await signedInClient(person.email)), await copiedCookie(await signedInClient(person.email))];
  for (const cookie of cookies) expect(await replayStatus(cookie)).toBe(200);

  await page.goto("/users");
  await row(page, person.email).getByRole("button", { name: "Disable" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Disable" }).click();
  await expect(row(page, person.email).getByText("Disabled")).toBeVisible();
  for (const cookie of cookies) expect(await replayStatus(cookie)).toBe(401);

  const refused = await page.request.post("/api/session", { data: { email: person.email, password: PASSWORD } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toBe("This account is disabled. Ask an admin to enable it.");

  await row(page, person.email).getByRole("button", { name: "Enable" }).click();
  await expect(row(page, person.email).getByText("Active")).toBeVisible();
  await (await signedInClient(person.email)).dispose();
  expect(await latestAudit(page.request, "user.disable", person.email)).toMatchObject({ actor: { label: E2E.adminEmail }, outcome: "ok" });
  expect(await latestAudit(page.request, "user.enable", person.email)).toMatchObject({ actor: { label: E2E.adminEmail }, outcome: "ok" });
});

test("ending a person's sessions makes their copied cookie worthless", async ({ page }) => {
  const person = await addPerson(page.request, "viewer");
  const cookie = await copiedCookie(await signedInClient(person.email));
  await page.goto("/users");
  await expect(row(page, person.email).getByRole("cell", { name: "1", exact: true })).toBeVisible();
  await row(page, person.email).getByRole("button", { name: "End sessions" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "End sessions" }).click();
  await expect(row(page, person.email).getByRole("cell", { name: "0", exact: true })).toBeVisible();
  expect(await replayStatus(cookie)).toBe(401);
  expect(await latestAudit(page.request, "user.sessions-ended", person.email)).toMatchObject({ actor: { label: E2E.adminEmail }, outcome: "ok" });
});

test("a role change counts from the person's next request", async ({ page }) => {
  const person = await addPerson(page.request, "operator");
  const client = await signedInClient(person.email);
  const create = () => client.post("/api/bulk-jobs", { data: {}, headers: { Origin: `http://127.0.0.1:${E2E.appPort}` } });
  expect((await create()).status()).toBe(400);

  await page.goto("/users");
  await row(page, person.email).getByLabel(`Role of ${person.email}`).selectOption("viewer");
  await expect.poll(async () => (await latestAudit(page.request, "user.role", person.email))?.detail).toMatchObject({ role: "viewer" });
  const refused = await create();
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toContain("needs the Operator role");
  expect((await client.get("/api/session")).status()).toBe(200);
});

test("an admin can neither demote nor disable themself", async ({ page }) => {
  const me = ((await (await page.request.get("/api/users")).json()) as { users: { id: string; email: string }[] }).users.find((u) => u.email === E2E.adminEmail)!;
  for (const change of [{ role: "viewer" }, { disabled: true }]) {
    const response = await page.request.patch(`/api/users/${me.id}`, { data: change });
    expect(response.status()).toBe(409);
    expect((await response.json()).error.message).toMatch(/You cannot (disable your own account|take the Admin role from yourself)/);
  }
  await page.goto("/users");
  await expect(row(page, E2E.adminEmail).getByLabel(`Role of ${E2E.adminEmail}`)).toBeDisabled();
  await expect(row(page, E2E.adminEmail).getByRole("button", { name: "Disable" })).toBeDisabled();
});

test("a password link for a lost password is shown once and works", async ({ page }) => {
  const person = await addPerson(page.request, "viewer");
  await page.goto("/users");
  await row(page, person.email).getByRole("button", { name: "Password link" }).click();
  const link = (await page.getByLabel("Password link", { exact: true }).textContent())!;
  const response = await page.request.post("/api/password-links", { data: { token: new URL(link).searchParams.get("token"), newPassword: "a-brand-new-pass-9" } });
  expect(response.status()).toBe(200);
  await (await signedInClient(person.email, "a-brand-new-pass-9")).dispose();
  expect(await latestAudit(page.request, "user.password-link", person.email)).toMatchObject({ actor: { label: E2E.adminEmail }, outcome: "ok" });
});

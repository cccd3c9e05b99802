// Domains from the dashboard: a new account starts with none, so one can be created here;
// deleting one is confirmed by typing its name, and Catapult's answer is shown as it comes.
import { expect, type Page, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { signIn } from "./support/session";

const account = `/v1/users/${E2E.userId}`;
test.beforeEach(async ({ page }) => signIn(page));
test.afterAll(() => sandboxCall("/_sandbox/faults", { method: "POST", body: { deleteDomainWithEndpoints: "cascade" } }));

async function domainCount(): Promise<number> {
  return (await sandboxCall<unknown[]>(`${account}/domains?size=100`)).body.length;
}

async function openNewDomainForm(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "New domain" }).click();
  await expect(page.getByRole("heading", { name: "New domain" })).toBeVisible();
}

test("a domain is created from the dashboard and shows up in the list, with the account's count", async ({ page }) => {
  const name = `e2e_stage_${Date.now()}`;
  const before = await domainCount();
  await openNewDomainForm(page);
  await expect(page.getByText(`${before} of 100 domains in this account.`)).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description").fill("Created from the dashboard");
  await page.getByRole("button", { name: "Create domain" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Domain ${name} was created.` })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(name) })).toBeVisible();
  expect(await domainCount()).toBe(before + 1);
  await page.getByRole("link", { name: "Open it to add endpoints" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
});

test("a bad name and a missing description are refused in the browser, saying what and where; nothing is sent", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (r) => r.method() === "POST" && r.url().endsWith("/api/domains") && posts.push(r.url()));
  await openNewDomainForm(page);
  await page.getByLabel("Name").fill("sales.stage");
  await page.getByRole("button", { name: "Create domain" }).click();
  await expect(page.getByText(/position 6 \(U\+002E\) is not allowed/)).toBeVisible();
  await expect(page.getByText(/Description is required/)).toBeVisible();
  expect(posts).toEqual([]);
});

test("deleting a domain: typed name, its endpoint count, and Catapult's refusal shown as it comes", async ({ page }) => {
  const name = `e2e-del-${Date.now()}`;
  const domainId = await createSandboxDomain(name);
  for (const endpoint of ["a1", "a2"]) {
    await sandboxCall(`${account}/domains/${domainId}/endpoints`, { method: "POST", body: { name: endpoint, credentials: { password: "abc123" } } });
  }
  await sandboxCall("/_sandbox/faults", { method: "POST", body: { deleteDomainWithEndpoints: "refuse" } });
  await page.goto(`/domains/${domainId}`);
  await page.getByRole("button", { name: "Delete domain…" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete domain ${name}?` });
  await expect(dialog.getByText("It holds 2 endpoints.")).toBeVisible();
  const confirm = dialog.getByRole("button", { name: "Delete domain" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
  await confirm.click();
  await expect(dialog.getByRole("alert")).toContainText(/Catapult did not delete it: Catapult refused: Domain .* still holds 2 endpoint/);

  await sandboxCall("/_sandbox/faults", { method: "POST", body: { deleteDomainWithEndpoints: "cascade" } });
  await dialog.getByRole("button", { name: "Delete domain" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: new RegExp(name) })).toHaveCount(0);
  expect((await sandboxCall(`${account}/domains/${domainId}`)).status).toBe(404);
});

test("at 100 domains, Catapult's maximum, the form is replaced by a clear message and the API refuses a 101st", async ({ page }) => {
  const made: string[] = [];
  try {
    for (let n = await domainCount(); n < 100; n++) made.push(await createSandboxDomain(`e2e-fill-${n}-${Date.now()}`));
    await page.goto("/");
    await page.getByRole("button", { name: "New domain" }).click();
    await expect(page.getByText("This account has 100 domains, Catapult’s maximum. Delete one before creating another.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Create domain" })).toHaveCount(0);
    const response = await page.request.post("/api/domains", { data: { name: "one-too-many", description: "x" } });
    expect(response.status()).toBe(409);
    expect((await response.json()).error.message).toMatch(/already has 100 domains, Catapult's maximum/);
  } finally {
    for (const id of made) await sandboxCall(`${account}/domains/${id}`, { method: "DELETE" });
  }
});

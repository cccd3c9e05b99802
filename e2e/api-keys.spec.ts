// Issue 12, API keys: an operator makes one on /api-keys (shown once, with a copy button), uses
// it as `Authorization: Bearer`, and revokes it; the key acts with its owner's CURRENT role and
// stops when the owner is disabled; a viewer cannot make keys; an admin sees and revokes
// everyone's, an operator gets 404 for someone else's. Before this there was no /api-keys page
// and no /api/api-keys route (the catch-all answered 404), so every test here failed.
import { type APIRequestContext, expect, type Page, request as playwrightRequest, test } from "@playwright/test";
import type { ApiKeysResponse } from "../lib/auth/api-keys-contract";
import type { AuditResponse } from "../lib/audit/contract";
import { createKeyFor, ensureUser, setDisabled, setRole, signInAs, storedApiKeyText, testUser } from "./support/users";

const tag = `keys${Date.now().toString(36)}`;
const operator = testUser(tag, "operator");
const viewer = testUser(tag, "viewer");
const admin = testUser(tag, "admin");

test.beforeAll(async () => {
  for (const user of [operator, viewer, admin]) await ensureUser(user);
});

async function withKey(baseURL: string | undefined, key: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
}

async function revealKey(page: Page, name: string, expiry: string): Promise<string> {
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Expires").selectOption({ label: expiry });
  await page.getByRole("button", { name: "Create API key" }).click();
  const shown = page.getByRole("region", { name: `API key “${name}” created` });
  await expect(shown).toContainText("shown this once");
  return (await shown.locator("code").textContent())!.trim();
}

test("an operator makes a key on /api-keys, sees it once, uses it, and revokes it", async ({ page, baseURL }) => {
  await signInAs(page.request, operator);
  await page.goto("/api-keys");
  await expect(page.getByRole("heading", { name: "API keys", level: 1 })).toBeVisible();

  // A name is required, and at most 60 characters; the error is beside the field.
  await page.getByRole("button", { name: "Create API key" }).click();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/Name is required/)).toBeVisible();
  await page.getByLabel("Name").fill("x".repeat(61));
  await page.getByRole("button", { name: "Create API key" }).click();
  await expect(page.getByText("Name must be at most 60 characters")).toBeVisible();

  const secret = await revealKey(page, "nightly provisioning", "In 30 days");
  expect(secret).toMatch(/^cdk_[A-Za-z0-9]{20,}$/);
  await expect(page.getByRole("button", { name: "Copy API key" })).toBeVisible();
  await page.getByRole("button", { name: "Done, hide the key" }).click();
  await expect(page.getByText(secret)).toHaveCount(0);

  // The list: name, first characters, created, last used, expiry; never the key again.
  const item = page.getByRole("listitem", { name: "nightly provisioning" });
  await expect(item).toContainText(`${secret.slice(0, 8)}…`);
  await expect(item).toContainText("Last usedNever");
  await page.reload();
  await expect(page.getByRole("listitem", { name: "nightly provisioning" })).toBeVisible();
  expect(await page.content()).not.toContain(secret);
  const listed = (await (await page.request.get("/api/api-keys")).json()) as ApiKeysResponse;
  expect(JSON.stringify(listed)).not.toContain(secret);
  // Stored as a hash: the database holds its first characters only.
  expect(await storedApiKeyText()).toContain(secret.slice(0, 8));
  expect(await storedApiKeyText()).not.toContain(secret.slice(8));
  const expiresAt = listed.keys.find((k) => k.name === "nightly provisioning")!.expiresAt!;
  expect(Math.round((expiresAt - Date.now()) / 86_400_000)).toBe(30);

  // Used from a script: acts as its owner; "last used" shows on the page.
  const script = await withKey(baseURL, secret);
  const me = await script.get("/api/session");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ user: { email: operator.email, role: "operator" }, via: "api-key" });
  await page.reload();
  await expect(page.getByRole("listitem", { name: "nightly provisioning" })).not.toContainText("Last usedNever");

  // Revoked behind a confirmation: the next request with it is refused.
  await page.getByRole("button", { name: "Revoke nightly provisioning" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByRole("listitem", { name: "nightly provisioning" })).toHaveCount(0);
  expect((await script.get("/api/session")).status()).toBe(401);
  await script.dispose();
});

test("a key acts with its owner's current role, and stops while the owner is disabled", async ({ baseURL }) => {
  const session = await playwrightRequest.newContext({ baseURL });
  await signInAs(session, operator);
  const script = await withKey(baseURL, await createKeyFor(session, operator, "role follows owner"));
  // An endpoint create with an empty body: 400 means the role check passed, nothing is made.
  const tryCreate = async () => (await script.post("/api/domains/no-such-domain/endpoints", { data: {} })).status();
  expect(await tryCreate()).toBe(400);
  await setRole(operator.email, "viewer");
  expect(await tryCreate()).toBe(403);
  expect((await script.get("/api/history")).status()).toBe(200);
  await setRole(operator.email, "admin");
  expect((await script.get("/api/api-keys?all=1")).status()).toBe(200);
  await setRole(operator.email, "operator");
  expect(await tryCreate()).toBe(400);

  await setDisabled(operator.email, true);
  const refused = await script.get("/api/session");
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/owner is disabled/);
  await setDisabled(operator.email, false);
  expect((await script.get("/api/session")).status()).toBe(200);
  await Promise.all([script.dispose(), session.dispose()]);
});

test("viewers make no keys; admins see and revoke everyone's; others' keys are 404 to an operator; all audited", async ({ baseURL }) => {
  const [asViewer, asOperator, asAdmin] = await Promise.all([0, 1, 2].map(() => playwrightRequest.newContext({ baseURL })));
  await signInAs(asViewer!, viewer);
  await signInAs(asOperator!, operator);
  await signInAs(asAdmin!, admin);
  expect((await asViewer!.post("/api/api-keys", { data: { name: "not allowed" } })).status()).toBe(403);
  expect((await asViewer!.get("/api/api-keys")).status()).toBe(403);
  expect((await asOperator!.get("/api/api-keys?all=1")).status()).toBe(403);
  const badExpiry = await asOperator!.post("/api/api-keys", { data: { name: "too long", expiresInDays: 400 } });
  expect(badExpiry.status()).toBe(400);
  expect(await badExpiry.json()).toMatchObject({ error: { fields: { expiresInDays: "expiresInDays must be at most 365" } } });

  const operatorKey = (await (await asOperator!.post("/api/api-keys", { data: { name: "operator's key" } })).json()) as { key: { id: string } };
  const adminKey = (await (await asAdmin!.post("/api/api-keys", { data: { name: "admin's key" } })).json()) as { key: { id: string } };
  const everyone = (await (await asAdmin!.get("/api/api-keys?all=1")).json()) as ApiKeysResponse;
  expect(everyone.keys.find((k) => k.id === operatorKey.key.id)).toMatchObject({ name: "operator's key", owner: { email: operator.email } });
  const own = (await (await asOperator!.get("/api/api-keys")).json()) as ApiKeysResponse;
  expect(own.keys.map((k) => k.id)).not.toContain(adminKey.key.id);

  expect((await asOperator!.delete(`/api/api-keys/${adminKey.key.id}`)).status()).toBe(404);
  expect((await asOperator!.delete("/api/api-keys/no-such-key")).status()).toBe(404);
  expect((await asAdmin!.delete(`/api/api-keys/${operatorKey.key.id}`)).status()).toBe(204);
  expect((await asAdmin!.delete(`/api/api-keys/${adminKey.key.id}`)).status()).toBe(204);

  const audit = (await (await asAdmin!.get(`/api/audit?target=${encodeURIComponent(operator.email)}`)).json()) as AuditResponse;
  const keyEntries = audit.entries.filter((e) => e.detail?.name === "operator's key").map((e) => [e.action, e.actor.label, e.target.userEmail]);
  expect(keyEntries.toReversed()).toEqual([
    ["api-key.create", operator.email, operator.email],
    ["api-key.revoke", admin.email, operator.email],
  ]);
  await Promise.all([asViewer, asOperator, asAdmin].map((c) => c!.dispose()));
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the nav shows API keys to operators only and still fits; the page fits 390 px", async ({ page }) => {
    await signInAs(page.request, viewer);
    await page.goto("/history");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" })).toBeVisible();
    await expect(page.getByRole("link", { name: "API keys" })).toHaveCount(0);

    await signInAs(page.request, operator);
    await page.goto("/api-keys");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API keys" })).toHaveAttribute("aria-current", "page");
    await revealKey(page, "phone check", "Never");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.screenshot({ path: "/tmp/api-keys-390.png", fullPage: true });
  });
});

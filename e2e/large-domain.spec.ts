// Issue 14, large domains: a domain of 3,000 endpoints (seeded in a sandbox of its own, paced
// by a latency per request so the pages arrive one by one) shows its first 1,000 while the
// rest is read, searches what has arrived, and holds "Select all" back until the list is
// whole. Later visits are served from the cache, say how fresh it is, and Refresh brings in
// another client's changes, deletions included. The bulk preview waits for the whole list
// before it says which names the domain has, and offers to try again when the read fails.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, type Page, test } from "@playwright/test";
import { type AppProcess, startApp } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { type SandboxProcess, startSandbox } from "../scripts/test-support/sandbox-process";
import { signIn } from "./support/session";

const DOMAIN = "rd-5eed00000000000000000000";
const idOf = (n: number) => `re-5eed${(n - 1).toString(16).padStart(20, "0")}`;
let sandbox: SandboxProcess;
let app: AppProcess;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "large-domain-"));

test.use({ baseURL: `http://127.0.0.1:${E2E.largeDomainAppPort}` });
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  sandbox = await startSandbox({
    SANDBOX_PORT: String(E2E.largeDomainSandboxPort),
    SANDBOX_USER_ID: E2E.userId,
    SANDBOX_API_TOKEN: E2E.token,
    SANDBOX_API_SECRET: E2E.secret,
    SANDBOX_RATE_LIMIT: "50",
    SANDBOX_SEED: "none",
    SANDBOX_SEED_ENDPOINTS: "3000",
  });
  app = await startApp(E2E.largeDomainAppPort, { DATA_DIR: dataDir, CATAPULT_BASE_URL: sandbox.url, CATAPULT_RATE_LIMIT: "50" });
});
test.afterAll(async () => {
  await app?.kill("SIGTERM");
  await sandbox?.stop();
});

const countLine = (page: Page) => page.locator("#endpoints-heading + p");
const search = (page: Page) => page.getByRole("searchbox", { name: "Search endpoints by name" });
const row = (page: Page, name: string) => page.getByRole("table").getByRole("link", { name, exact: true });

test("a first visit shows the first 1,000 while the rest is read; search works on them; Select all waits for the whole list", async ({ page }) => {
  // Each of Catapult's answers takes 1.5 s: three list pages arrive one by one.
  await sandbox.admin("/_sandbox/faults", { latencyMs: 1500 });
  await signIn(page);
  await page.goto(`/domains/${DOMAIN}`);

  await expect(countLine(page)).toContainText("1,000 endpoints loaded so far");
  await expect(countLine(page)).toContainText("Reading the rest from Catapult…");
  await expect(row(page, "ep-00001")).toBeVisible();
  await search(page).fill("ep-009");
  await expect(countLine(page)).toContainText("100 of the 1,000 loaded so far");
  await expect(row(page, "ep-00900")).toBeVisible();
  await search(page).fill("");
  await page.getByRole("checkbox", { name: "Select ep-00001" }).check();
  await expect(page.getByText("Select all waits until the whole list has been read.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Select all/ })).toHaveCount(0);

  await expect(countLine(page)).toContainText("3,000 endpoints", { timeout: 20_000 });
  await expect(countLine(page)).toContainText(/as of \d{1,2}:\d{2}:\d{2}/);
  await expect(page.getByRole("button", { name: "Select all 3,000 endpoints" })).toBeVisible();
  await search(page).fill("ep-029");
  await expect(countLine(page)).toContainText("100 of 3,000");
});

test("later visits come from the cache, our own writes at once; Refresh brings another client's changes, deletions included", async ({ page }) => {
  await sandbox.admin("/_sandbox/faults", { latencyMs: 0 });
  await signIn(page);
  await page.goto(`/domains/${DOMAIN}`);
  await expect(countLine(page)).toContainText("3,000 endpoints");
  const asOf = (await countLine(page).getByText(/^as of /).textContent()) ?? "";

  // Another client, straight on Catapult: nothing shows until a refresh.
  const catapult = `${sandbox.url}/v1/users/${E2E.userId}/domains/${DOMAIN}/endpoints`;
  const auth = { Authorization: `Basic ${Buffer.from(`${E2E.token}:${E2E.secret}`).toString("base64")}`, "Content-Type": "application/json" };
  expect((await fetch(`${catapult}/${idOf(2)}`, { method: "DELETE", headers: auth })).status).toBe(200);
  expect((await fetch(catapult, { method: "POST", headers: auth, body: JSON.stringify({ name: "their-phone", credentials: { password: "their-pass-1" } }) })).status).toBe(201);
  // Ours, through the dashboard: in the list at once.
  expect((await page.request.post(`/api/domains/${DOMAIN}/endpoints`, { data: { name: "our-phone", password: "our-Secret-1" } })).status()).toBe(201);
  await page.reload();
  await expect(countLine(page)).toContainText("3,001 endpoints");
  await expect(countLine(page).getByText(/^as of /)).toHaveText(asOf);
  await search(page).fill("phone");
  await expect(row(page, "our-phone")).toBeVisible();
  await expect(row(page, "their-phone")).toHaveCount(0);

  await sandbox.admin("/_sandbox/faults", { latencyMs: 800 });
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(countLine(page)).toContainText("Refreshing from Catapult…");
  await expect(countLine(page).getByText(/^as of /)).not.toHaveText(asOf, { timeout: 15_000 });
  await expect(row(page, "their-phone")).toBeVisible();
  await expect(row(page, "our-phone")).toBeVisible();
  await search(page).fill("ep-00002");
  await expect(page.getByText("No endpoints match “ep-00002”")).toBeVisible();
  await search(page).fill("");
  await expect(countLine(page)).toContainText("3,001 endpoints");
});

/** A first visit again: the dashboard's store forgets the cached lists (this spec owns the app). */
function forgetCachedLists(): void {
  const db = new Database(path.join(dataDir, "dashboard.sqlite"));
  db.exec("DELETE FROM cached_endpoints; DELETE FROM cached_endpoint_lists;");
  db.close();
}

test("the bulk preview says which names the domain has only once its list is whole; a read that fails offers Try again", async ({ page }) => {
  const paste = (text: string) => page.getByLabel("Paste rows from a spreadsheet or CSV").fill(text);
  const counts = page.getByTestId("bulk-counts");
  forgetCachedLists();
  await sandbox.admin("/_sandbox/faults", { latencyMs: 1500 });
  await signIn(page);
  await page.goto(`/domains/${DOMAIN}/endpoints/bulk`);
  await paste("name,password\nep-02999,Pass-word-1\nnew-phone,Pass-word-2");
  await expect(page.getByText(/^Checking which names are already in the domain… \([\d,]+ read\)$/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Create 2 endpoints" })).toBeDisabled();
  await expect(counts).toContainText("2 rows: 1 ready, 0 with problems, 1 already in the domain.", { timeout: 20_000 });

  forgetCachedLists();
  await sandbox.admin("/_sandbox/faults", { latencyMs: 0, failRate: 1 });
  await page.reload();
  await paste("name,password\nep-02999,Pass-word-1\nnew-phone,Pass-word-2");
  await expect(page.getByText("Could not read the domain's endpoints")).toBeVisible({ timeout: 20_000 });
  await sandbox.admin("/_sandbox/faults", { failRate: 0 });
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(counts).toContainText("2 rows: 1 ready, 0 with problems, 1 already in the domain.", { timeout: 20_000 });
  await expect(page.getByText("Could not read the domain's endpoints")).toHaveCount(0);
});

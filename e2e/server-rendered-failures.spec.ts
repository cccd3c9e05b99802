// Pages that read their data on the server (issue 14: no data library in the browser) still
// work when that read fails: they say what failed and offer Retry, which shows the page once
// Catapult answers again; pages that only need names from Catapult show ids instead.
import { expect, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { signIn } from "./support/session";

const catapultFails = (failRate: number) => sandboxCall("/_sandbox/faults", { method: "POST", body: { failRate } });
// The client tries a read 4 times over ~2 s before it gives up.
const SLOW = { timeout: 20_000 };

let domainId: string;
let domainName: string;
let endpointId: string;
test.beforeAll(async ({ playwright }) => {
  domainName = `fail-${Date.now()}`;
  domainId = await createSandboxDomain(domainName);
  const api = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await signIn(api);
  endpointId = (await (await api.post(`/api/domains/${domainId}/endpoints`, { data: { name: "fail-phone", password: "fail-Secret-1" } })).json()).endpoint.id;
  await api.dispose();
});
test.beforeEach(({ page }) => signIn(page));
test.afterEach(() => catapultFails(0));

test("Domains: Catapult failing says so with Retry; Retry lists the domains once it answers", async ({ page }) => {
  await catapultFails(1);
  await page.goto("/");
  const error = page.getByRole("alert").filter({ hasText: "Could not load the domains" });
  await expect(error).toContainText("Catapult could not be reached or failed to answer", SLOW);
  await catapultFails(0);
  await error.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("link", { name: new RegExp(domainName) })).toBeVisible(SLOW);
});

test("an endpoint: Catapult failing says so with Retry and the way back; Retry shows it once it answers", async ({ page }) => {
  await catapultFails(1);
  await page.goto(`/domains/${domainId}/endpoints/${endpointId}`);
  const error = page.getByRole("alert").filter({ hasText: "Could not load this endpoint" });
  await expect(error).toBeVisible(SLOW);
  await expect(error.getByRole("link", { name: "Back to the domain" })).toHaveAttribute("href", `/domains/${domainId}`);
  await catapultFails(0);
  await error.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "fail-phone" })).toBeVisible(SLOW);
});

test("a domain: Catapult failing says so with Retry and the way back; Retry shows it once it answers", async ({ page }) => {
  // A domain the pages' shared read of the account's domains has not seen yet, so the page must ask Catapult.
  const name = `fail-domain-${Date.now()}`;
  const newDomain = await createSandboxDomain(name);
  await catapultFails(1);
  await page.goto(`/domains/${newDomain}`);
  const error = page.getByRole("alert").filter({ hasText: "Could not load this domain" });
  await expect(error).toContainText("Catapult could not be reached or failed to answer", SLOW);
  await expect(error.getByRole("link", { name: "Back to domains" })).toHaveAttribute("href", "/");
  await catapultFails(0);
  await error.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible(SLOW);
  await expect(page.getByRole("heading", { name: "No endpoints in this domain yet" })).toBeVisible(SLOW);
});

test("History with Catapult failing: every entry is listed, its domain shown by id", async ({ page }) => {
  // A domain the pages' shared read of names has not seen yet, so History must ask Catapult.
  const newDomain = await createSandboxDomain(`fail-new-${Date.now()}`);
  await page.request.post(`/api/domains/${newDomain}/endpoints`, { data: { name: "fail-phone-2", password: "fail-Secret-2" } });
  await catapultFails(1);
  await page.goto(`/history?domainId=${newDomain}`);
  const row = page.getByRole("row").filter({ hasText: "fail-phone-2" });
  await expect(row).toBeVisible(SLOW);
  await expect(row.getByRole("link", { name: newDomain })).toHaveAttribute("href", `/domains/${newDomain}`);
});

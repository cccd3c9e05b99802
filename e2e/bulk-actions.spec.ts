// Bulk changes from the domain page, checked against the sandbox's state: exactly the
// selected endpoints change, rows already as wanted are skipped, rotated passwords work,
// and a delete interrupted by a killed server ends with exactly the selection gone, once.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Papa from "papaparse";
import { expect, type Page, test } from "@playwright/test";
import { createSandboxDomain, sandboxCall, startApp } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { readJob, waitForJobStatus } from "./support/bulk-jobs";
import { addPerson, PASSWORD } from "./support/people";
import { signIn } from "./support/session";

type SandboxEndpoint = { id: string; name: string; enabled: boolean };

/** Straight into the sandbox, waiting out its rate limit. */
async function createEndpoints(domainId: string, names: readonly string[], enabled: (i: number) => boolean = () => true): Promise<Map<string, string>> {
  for (const [i, name] of names.entries()) {
    for (;;) {
      const r = await sandboxCall(`/v1/users/${E2E.userId}/domains/${domainId}/endpoints`, { method: "POST", body: { name, enabled: enabled(i), credentials: { password: "old-pass-1" } } });
      if (r.status === 201) break;
      expect(r.status, name).toBe(429);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  const all = (await sandboxCall<SandboxEndpoint[]>(`/_sandbox/endpoints?domainId=${domainId}`)).body;
  return new Map(all.map((e) => [e.name, e.id]));
}

const sandboxState = async (domainId: string) => (await sandboxCall<SandboxEndpoint[]>(`/_sandbox/endpoints?domainId=${domainId}`)).body;
const names = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(2, "0")}`);
const jobIdOf = (page: Page) => page.url().split("/").pop()!;

test("select 40 by search, disable: exactly the 30 enabled are disabled, 10 skipped; select all works across pages", async ({ page }) => {
  test.setTimeout(120_000);
  const domainId = await createSandboxDomain(`bulk-disable-${Date.now()}`);
  // 40 "team" endpoints, every fourth disabled already, and 30 others that must not change.
  const team = names("team", 40);
  const ids = await createEndpoints(domainId, [...team, ...names("other", 30)], (i) => i >= 40 || i % 4 !== 0);
  await signIn(page);
  await page.goto(`/domains/${domainId}`);

  // No search: the header box ticks the 50 shown; "Select all 70" reaches the second page.
  await page.getByRole("checkbox", { name: "Select the 50 endpoints shown" }).check();
  await expect(page.getByText("50 endpoints selected")).toBeVisible();
  await page.getByRole("button", { name: "Select all 70 endpoints" }).click();
  await expect(page.getByText("70 endpoints selected")).toBeVisible();
  await page.getByRole("button", { name: "Clear selection" }).click();

  await page.getByRole("searchbox", { name: "Search endpoints by name" }).fill("team");
  await page.getByRole("checkbox", { name: "Select the 40 endpoints shown" }).check();
  await expect(page.getByText("40 endpoints selected")).toBeVisible();
  await page.getByRole("button", { name: "Disable", exact: true }).click();
  await expect(page).toHaveURL(/\/bulk-jobs\//);
  const job = await waitForJobStatus(page, jobIdOf(page), "completed");
  expect(job.job.counts).toMatchObject({ updated: 30, unchanged: 10, failed: 0 });
  await expect(page.getByText("Disabled 30 · Skipped 10 (already disabled)")).toBeVisible();

  const state = await sandboxState(domainId);
  for (const e of state) expect(e.enabled, e.name).toBe(!e.name.startsWith("team"));
  expect(state.filter((e) => e.name.startsWith("team")).map((e) => e.id).toSorted()).toEqual(team.map((n) => ids.get(n)).toSorted());
});

test("rotate 10 picked with a shift-click: the results file holds 10 new passwords, each works", async ({ page }) => {
  test.setTimeout(120_000);
  const domainId = await createSandboxDomain(`bulk-rotate-${Date.now()}`);
  const ids = await createEndpoints(domainId, names("phone", 14));
  await signIn(page);
  await page.goto(`/domains/${domainId}`);
  await page.getByRole("checkbox", { name: "Select phone-02" }).click();
  await page.getByRole("checkbox", { name: "Select phone-11" }).click({ modifiers: ["Shift"] });
  await expect(page.getByText("10 endpoints selected")).toBeVisible();
  await page.getByRole("button", { name: "Rotate passwords…" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Rotate passwords" }).click();
  await expect(page).toHaveURL(/\/bulk-jobs\//);
  await waitForJobStatus(page, jobIdOf(page), "completed");

  await page.getByRole("checkbox", { name: "Include the 10 generated passwords this tab still holds" }).check();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download results" }).click();
  const rows = Papa.parse<Record<string, string>>(fs.readFileSync((await (await download).path())!, "utf8").trim(), { header: true }).data;
  expect(rows.map((r) => r.name)).toEqual(names("phone", 14).slice(2, 12));
  for (const row of rows) {
    expect(row.status_label).toBe("Password rotated");
    expect(row.password).toMatch(/^\S{20}$/);
    const check = await sandboxCall<{ matches: boolean }>("/_sandbox/check-password", { method: "POST", body: { domainId, endpointId: ids.get(row.name!), password: row.password } });
    expect(check.body, row.name).toEqual({ matches: true });
  }
  // The endpoints outside the range keep their old password.
  for (const name of ["phone-00", "phone-01", "phone-12", "phone-13"]) {
    expect((await sandboxCall("/_sandbox/check-password", { method: "POST", body: { domainId, endpointId: ids.get(name), password: "old-pass-1" } })).body).toEqual({ matches: true });
  }
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("delete asks for the domain's name typed out, and the selection bar fits the screen", async ({ page }) => {
    const domainName = `bulk-confirm-${Date.now()}`;
    const domainId = await createSandboxDomain(domainName);
    await createEndpoints(domainId, names("x", 3));
    await signIn(page);
    await page.goto(`/domains/${domainId}`);
    await page.getByRole("checkbox", { name: "Select x-01" }).click();
    await expect(page.getByRole("button", { name: "Delete…" })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole("button", { name: "Delete…" }).click();
    const dialog = page.getByRole("dialog");
    const confirm = dialog.getByRole("button", { name: "Delete 1 endpoint" });
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(/Type .* to confirm/).fill(domainName.slice(0, -1));
    await expect(confirm).toBeDisabled();
    await dialog.getByLabel(/Type .* to confirm/).fill(domainName);
    await confirm.click();
    await expect(page).toHaveURL(/\/bulk-jobs\//);
    await waitForJobStatus(page, jobIdOf(page), "completed");
    expect((await sandboxState(domainId)).map((e) => e.name).toSorted()).toEqual(["x-00", "x-02"]);
  });
});

test("a viewer sees no boxes and no bulk changes", async ({ page, browser }) => {
  const domainId = await createSandboxDomain(`bulk-viewer-${Date.now()}`);
  await createEndpoints(domainId, names("v", 2));
  await signIn(page);
  const viewer = await addPerson(page.request, "viewer");
  const context = await browser.newContext();
  const viewerPage = await context.newPage();
  expect((await viewerPage.request.post("/api/session", { data: { email: viewer.email, password: PASSWORD } })).status()).toBe(204);
  await viewerPage.goto(`/domains/${domainId}`);
  await expect(viewerPage.getByRole("link", { name: "v-00" })).toBeVisible();
  await expect(viewerPage.getByRole("checkbox")).toHaveCount(0);
  await context.close();
});

test("delete 25 with the server killed mid-job: exactly those 25 gone, none else, each once", async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bulk-delete-restart-"));
  // Slow enough that the kill lands mid-job: a delete is a look-up and a DELETE.
  const env = { DATA_DIR: dataDir, CATAPULT_RATE_LIMIT: "4" };
  const domainName = `bulk-delete-${Date.now()}`;
  const domainId = await createSandboxDomain(domainName);
  const ids = await createEndpoints(domainId, [...names("gone", 25), ...names("keep", 5)]);

  let app = await startApp(E2E.restartAppPort, env);
  try {
    await page.request.post(`${app.url}/api/session`, { data: { email: E2E.adminEmail, password: E2E.adminPassword } });
    await page.goto(`${app.url}/domains/${domainId}`);
    await page.getByRole("searchbox", { name: "Search endpoints by name" }).fill("gone");
    await page.getByRole("checkbox", { name: "Select the 25 endpoints shown" }).check();
    await page.getByRole("button", { name: "Delete…" }).click();
    await page.getByRole("dialog").getByLabel(/Type .* to confirm/).fill(domainName);
    await page.getByRole("dialog").getByRole("button", { name: "Delete 25 endpoints" }).click();
    await expect(page).toHaveURL(/\/bulk-jobs\//);
    const jobId = jobIdOf(page);
    const done = async () => (await (await page.request.get(`${app.url}/api/bulk-jobs/${jobId}`)).json()).job.done as number;
    await expect.poll(done, { timeout: 30_000, intervals: [100] }).toBeGreaterThanOrEqual(4);
    await app.kill("SIGKILL");
    expect((await sandboxState(domainId)).length).toBeGreaterThan(5);

    app = await startApp(E2E.restartAppPort, env);
    await page.request.post(`${app.url}/api/session`, { data: { email: E2E.adminEmail, password: E2E.adminPassword } });
    await expect.poll(async () => (await (await page.request.get(`${app.url}/api/bulk-jobs/${jobId}`)).json()).job.status, { timeout: 60_000, intervals: [500] }).toBe("completed");
    const view = (await (await page.request.get(`${app.url}/api/bulk-jobs/${jobId}`)).json()) as Awaited<ReturnType<typeof readJob>>;
    expect(view.rows.map((r) => r.status)).toEqual(Array(25).fill("deleted"));
    expect((await sandboxState(domainId)).map((e) => e.name).toSorted()).toEqual(names("keep", 5));
    const audit = (await (await page.request.get(`${app.url}/api/audit?action=endpoint.delete&target=${jobId}`)).json()) as { entries: { target: { endpointId: string } }[] };
    expect(audit.entries.map((e) => e.target.endpointId).toSorted()).toEqual(names("gone", 25).map((n) => ids.get(n)).toSorted());
    await page.goto(`${app.url}/bulk-jobs/${jobId}`);
    await expect(page.getByText("Deleted 25", { exact: true })).toBeVisible();
  } finally {
    await app.kill("SIGTERM");
  }
});

test("API: generate: true returns the new passwords in the POST answer only; a bad row is named", async ({ page }) => {
  const domainId = await createSandboxDomain(`bulk-api-${Date.now()}`);
  const ids = await createEndpoints(domainId, names("api", 2));
  await signIn(page);
  const bad = await page.request.post("/api/bulk-jobs", { data: { domainId, action: "rotate-password", rows: [ids.get("api-00")] } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.issues).toEqual([{ field: "rows.0.password", code: "required", params: {} }]);
  const outside = await page.request.post("/api/bulk-jobs", { data: { domainId, action: "disable", rows: ["re-not-here"] } });
  expect((await outside.json()).error.issues).toEqual([{ field: "rows.0.endpointId", code: "not_in_domain", params: {} }]);

  const response = await page.request.post("/api/bulk-jobs", { data: { domainId, action: "rotate-password", generate: true, rows: [...ids.values()] } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { job: { id: string }; passwords: { endpointId: string; name: string; password: string }[] };
  expect(body.passwords.map((p) => p.name).toSorted()).toEqual(["api-00", "api-01"]);
  const done = await waitForJobStatus(page, body.job.id, "completed");
  for (const p of body.passwords) {
    expect(JSON.stringify(done)).not.toContain(p.password);
    expect((await sandboxCall("/_sandbox/check-password", { method: "POST", body: { domainId, endpointId: p.endpointId, password: p.password } })).body).toEqual({ matches: true });
  }
  const csv = await (await page.request.get(`/api/bulk-jobs/${body.job.id}/export`)).text();
  for (const p of body.passwords) expect(csv).not.toContain(p.password);
});

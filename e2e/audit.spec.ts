// Issue 12, audit log: each action made through the API (as the pages make them) leaves an
// entry on /audit with the right actor, target and outcome, including a failure carrying
// Catapult's error code and the endpoints a bulk job created; the CSV export uses the filters.
// Before this slice there was no audit log: /audit and /api/audit answered 404.
import { expect, type Page, test } from "@playwright/test";
import { createSandboxDomain } from "../scripts/test-support/app-process";
import type { AuditEntry, AuditResponse } from "../lib/audit/contract";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { signIn } from "./support/session";

const ADMIN = E2E.adminEmail;

async function entries(page: Page, search: string): Promise<AuditEntry[]> {
  const response = await page.request.get(`/api/audit?${search}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as AuditResponse).entries;
}

test("every action leaves an entry on /audit with who, what, the target and the outcome", async ({ page }) => {
  const stamp = Date.now();
  const domainName = `audit-${stamp}`;
  await signIn(page);
  // Sign-ins: a wrong one from a proxied client (TRUST_PROXY=1: the address our proxy added) and a right one.
  const wrong = await page.request.post("/api/session", { data: { email: ADMIN, password: "not-the-password" }, headers: { "X-Forwarded-For": "6.6.6.6, 203.0.113.61" } });
  expect(wrong.status()).toBe(401);

  const domain = await page.request.post("/api/domains", { data: { name: domainName, description: "Audit test" } });
  expect(domain.status()).toBe(201);
  const domainId = ((await domain.json()) as { domain: { id: string } }).domain.id;
  const create = await page.request.post(`/api/domains/${domainId}/endpoints`, { data: { name: "desk-1", password: "audit-Secret-1" } });
  const endpointId = ((await create.json()) as { endpoint: { id: string } }).endpoint.id;
  const duplicate = await page.request.post(`/api/domains/${domainId}/endpoints`, { data: { name: "desk-1", password: "audit-Secret-2" } });
  expect(duplicate.status()).toBe(409);
  expect((await page.request.patch(`/api/domains/${domainId}/endpoints/${endpointId}`, { data: { description: "Front desk", password: "audit-Secret-3" } })).status()).toBe(200);
  expect((await page.request.delete(`/api/domains/${domainId}/endpoints/${endpointId}`)).status()).toBe(204);

  const job = await page.request.post("/api/bulk-jobs", {
    data: { domainId, rows: [{ sourceRow: 2, name: "bulk-1", password: "audit-Secret-4" }, { sourceRow: 3, name: "bulk-2", password: "audit-Secret-5" }] },
  });
  expect(job.status()).toBe(201);
  const jobId = ((await job.json()) as { job: { id: string } }).job.id;
  await expect.poll(async () => ((await (await page.request.get(`/api/bulk-jobs/${jobId}`)).json()) as { job: { status: string } }).job.status).toBe("completed");
  // Resuming a finished job is refused: a failed action is recorded too, with the refusal's code.
  expect((await page.request.post(`/api/bulk-jobs/${jobId}/actions`, { data: { action: "resume" } })).status()).toBe(409);

  const ofDomain = await entries(page, `target=${domainId}`);
  const summary = ofDomain.map((e) => [e.action, e.actor.label, e.outcome, e.errorCode, e.target.endpointName, e.target.jobId]).toReversed();
  expect(summary).toEqual([
    ["domain.create", ADMIN, "ok", null, null, null],
    ["endpoint.create", ADMIN, "ok", null, "desk-1", null],
    ["endpoint.create", ADMIN, "failed", "endpoint-name-already-exists", "desk-1", null],
    ["endpoint.update", ADMIN, "ok", null, "desk-1", null],
    ["endpoint.delete", ADMIN, "ok", null, null, null],
    ["bulk-job.start", ADMIN, "ok", null, null, jobId],
    // Created by the job: the person who started it, and the job.
    ...[["bulk-1"], ["bulk-2"]].map(() => ["endpoint.create", ADMIN, "ok", null, expect.stringMatching(/^bulk-[12]$/), jobId]),
    ["bulk-job.resume", ADMIN, "failed", "conflict", null, jobId],
  ]);
  const update = ofDomain.find((e) => e.action === "endpoint.update");
  expect(update?.detail).toMatchObject({ changed: ["description", "password"] });
  expect(JSON.stringify(ofDomain)).not.toContain("audit-Secret");

  const signIns = await entries(page, "action=sign-in");
  expect(signIns.find((e) => e.outcome === "failed" && e.sourceAddress === "203.0.113.61")).toMatchObject({ actor: { type: "anonymous", label: "not signed in" }, target: { userEmail: ADMIN }, errorCode: "wrong_password" });
  expect(signIns.find((e) => e.outcome === "ok")).toMatchObject({ actor: { type: "user", label: ADMIN }, sourceAddress: expect.stringMatching(/127\.0\.0\.1$/) });

  // The page: filtered by the domain's name through the URL, newest first.
  await page.goto("/audit");
  await page.getByLabel("Target contains").fill(domainName);
  await page.getByLabel("Action").selectOption({ label: "Domain created" });
  await expect(page).toHaveURL(new RegExp(`target=${domainName}`));
  const row = page.getByRole("row").filter({ hasText: domainName });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Domain created");
  await expect(row).toContainText(ADMIN);
  await expect(row).toContainText("OK");

  await page.getByLabel("Action").selectOption({ label: "Endpoint created" });
  await page.getByLabel("Target contains").fill(domainId);
  // Exact: "14 entries match" (the unfiltered count, before the typed target applies) contains it.
  await expect(page.getByText("4 entries match", { exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Failed: endpoint-name-already-exists" })).toContainText("desk-1");

  // The export: same filters, every matching entry, no password.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  const csv = await (await import("node:fs/promises")).readFile((await file.path())!, "utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe("at,actor_type,actor_id,actor,source_address,action,domain_id,domain_name,endpoint_id,endpoint_name,job_id,user_email,outcome,error_code,detail");
  expect(lines).toHaveLength(5);
  expect(lines.filter((l) => l.includes(`,${jobId},,ok,`))).toHaveLength(2);
  expect(lines.some((l) => l.includes(",failed,endpoint-name-already-exists,"))).toBe(true);
  expect(csv).not.toContain("audit-Secret");

  expect((await page.request.delete(`/api/domains/${domainId}`)).status()).toBe(204);
  expect((await entries(page, `target=${domainId}&action=domain.delete`)).map((e) => e.outcome)).toEqual(["ok"]);
  expect((await page.request.delete("/api/session")).status()).toBe(204);
  await signIn(page);
  expect((await entries(page, "action=sign-out"))[0]).toMatchObject({ actor: { type: "user", label: ADMIN }, outcome: "ok" });
});

test("History shows who created each endpoint, a bulk job's rows included", async ({ page }) => {
  const domainId = await createSandboxDomain(`audit-history-${Date.now()}`);
  await signIn(page);
  await page.request.post(`/api/domains/${domainId}/endpoints`, { data: { name: "by-form", password: "audit-Secret-6" } });
  await page.goto(`/history?domainId=${domainId}`);
  await expect(page.getByRole("columnheader", { name: "Created by" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "by-form" })).toContainText(ADMIN);
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("/audit does not scroll sideways", async ({ page }) => {
    await signIn(page);
    await page.goto("/audit");
    await expect(page.getByRole("list", { name: "Audit log, newest first" })).toBeVisible();
    await page.screenshot({ path: "/tmp/g-audit-390.png", fullPage: false });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

// Issue 12, audit by API key: an endpoint created and a bulk job started with an operator's key
// are recorded with actor type "api-key" and a label naming the key's owner; the endpoints the
// job runner creates carry the same actor and the job's id. On /audit the owner's email finds
// them. Before this slice no key could be made (no /api/api-keys), so this failed at the start.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { createSandboxDomain } from "../scripts/test-support/app-process";
import type { AuditEntry, AuditResponse } from "../lib/audit/contract";
import { createKeyFor, ensureUser, signInAs, testUser } from "./support/users";

test("actions made with an API key, and by the bulk job it started, are audited as the key and its owner", async ({ page, baseURL }) => {
  const tag = `akaudit${Date.now().toString(36)}`;
  const operator = testUser(tag, "operator");
  await ensureUser(operator);
  const domainId = await createSandboxDomain(`ak-audit-${Date.now()}`);
  const session = await playwrightRequest.newContext({ baseURL });
  await signInAs(session, operator);
  const secret = await createKeyFor(session, operator, "audit script");
  const script = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });

  const created = await script.post(`/api/domains/${domainId}/endpoints`, { data: { name: "key-desk", password: "ak-Secret-pass-1" } });
  expect(created.status()).toBe(201);
  const job = await script.post("/api/bulk-jobs", {
    data: { domainId, rows: [{ sourceRow: 2, name: "key-bulk-1", password: "ak-Secret-pass-2" }, { sourceRow: 3, name: "key-bulk-2", password: "ak-Secret-pass-3" }] },
  });
  expect(job.status()).toBe(201);
  const jobId = ((await job.json()) as { job: { id: string } }).job.id;
  await expect.poll(async () => ((await (await script.get(`/api/bulk-jobs/${jobId}`)).json()) as { job: { status: string } }).job.status).toBe("completed");

  const audit = await script.get(`/api/audit?target=${domainId}`);
  expect(audit.status()).toBe(200);
  const entries = ((await audit.json()) as AuditResponse).entries.toReversed();
  const keyActor = { type: "api-key", label: expect.stringMatching(new RegExp(`^${operator.email.replace(/[.]/g, "\\.")} \\(API key "audit script" cdk_`)) };
  const summary = (e: AuditEntry) => ({ action: e.action, actor: e.actor, endpoint: e.target.endpointName, job: e.target.jobId, outcome: e.outcome });
  expect(entries.map(summary)).toEqual([
    { action: "endpoint.create", actor: expect.objectContaining(keyActor), endpoint: "key-desk", job: null, outcome: "ok" },
    { action: "bulk-job.start", actor: expect.objectContaining(keyActor), endpoint: null, job: jobId, outcome: "ok" },
    ...["key-bulk", "key-bulk"].map(() => ({ action: "endpoint.create", actor: expect.objectContaining(keyActor), endpoint: expect.stringMatching(/^key-bulk-[12]$/), job: jobId, outcome: "ok" })),
  ]);
  // One key throughout: the same actor id on every entry, and never a password or the key.
  expect(new Set(entries.map((e) => e.actor.id)).size).toBe(1);
  expect(JSON.stringify(entries)).not.toMatch(/ak-Secret|cdk_[A-Za-z0-9]{20}/);

  // On /audit, the owner's email as the person finds what their key did.
  await signInAs(page.request, operator);
  await page.goto(`/audit?actor=${encodeURIComponent(operator.email)}&target=${domainId}`);
  await expect(page.getByText("4 entries match", { exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "key-bulk-1" })).toContainText(`${operator.email} (API key "audit script"`);
  await Promise.all([script.dispose(), session.dispose()]);
});

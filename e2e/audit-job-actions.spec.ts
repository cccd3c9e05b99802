// Issue 12, audit log: a bulk job's cancel and "retry failed rows" are entries too, with the
// person who asked, whether the action was done or refused (e2e/audit.spec.ts has start and resume; the runner's own pause is in
// lib/bulk/server/runner.sandbox.test.ts).
import { expect, test } from "@playwright/test";
import type { AuditResponse } from "../lib/audit/contract";
import { createSandboxDomain } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { setCatapultLatency, startJobThroughApi, waitForJobStatus } from "./support/bulk-jobs";
import { signIn } from "./support/session";

test("cancelling a job and retrying its failed rows are recorded with who did it", async ({ page }) => {
  test.setTimeout(90_000);
  const domainId = await createSandboxDomain(`audit-actions-${Date.now()}`);
  await signIn(page);

  // A job with a failed row (its name exists and the policy is "fail"), then a retry, which is
  // refused (a row refused before sending cannot be sent again) and recorded as such.
  expect((await page.request.post(`/api/domains/${domainId}/endpoints`, { data: { name: "taken-1", password: "Taken-pass-1" } })).status()).toBe(201);
  const failing = await startJobThroughApi(page, {
    domainId,
    existingPolicy: "fail",
    rows: [
      { sourceRow: 2, name: "taken-1", password: "Retry-pass-1" },
      { sourceRow: 3, name: "fresh-1", password: "Retry-pass-2" },
    ],
  });
  expect((await waitForJobStatus(page, failing, "completed")).job.counts).toMatchObject({ failed: 1 });
  expect((await page.request.post(`/api/bulk-jobs/${failing}/actions`, { data: { action: "retry-failed" } })).status()).toBe(409);

  // A job slowed down enough to cancel while it runs.
  let slow: string;
  try {
    await setCatapultLatency(2000);
    slow = await startJobThroughApi(page, { domainId, rows: Array.from({ length: 5 }, (_, i) => ({ sourceRow: i + 2, name: `slow-${i}`, password: `Slow-pass-${i}` })) });
    expect((await page.request.post(`/api/bulk-jobs/${slow}/actions`, { data: { action: "cancel" } })).status()).toBe(200);
  } finally {
    await setCatapultLatency(0);
  }

  const response = await page.request.get(`/api/audit?target=${domainId}`);
  const entries = ((await response.json()) as AuditResponse).entries;
  const actions = entries.filter((e) => e.action === "bulk-job.retry-failed" || e.action === "bulk-job.cancel");
  expect(actions.map((e) => [e.action, e.actor.type, e.actor.label, e.target.jobId, e.outcome, e.errorCode]).toReversed()).toEqual([
    ["bulk-job.retry-failed", "user", E2E.adminEmail, failing, "failed", "conflict"],
    ["bulk-job.cancel", "user", E2E.adminEmail, slow!, "ok", null],
  ]);
});

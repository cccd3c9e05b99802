// Three dashboards on one Postgres share one bulk job: any of them works on its rows, all of
// them together stay under Catapult's rate, and killing the one that started the job loses
// nothing. Catapult (the sandbox, at 20 requests/s) fails 10 % of requests and loses 5 % of
// create answers throughout. The job must end with exactly one endpoint per row, and 429s at
// most 1 % of what the instances sent.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { type AppProcess, signedInFetch, startApp } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { type SandboxProcess, startSandbox } from "../scripts/test-support/sandbox-process";

const ROWS = 300;
const RATE = 20;

type JobView = { job: { status: string; done: number; total: number }; rows: { name: string; status: string; endpointId: string | null }[] };
type SandboxStats = { rateLimited: number; injectedFailures: number; lostResponses: number; requests: { total: number } };

test("three instances on one Postgres finish a 300-row job exactly once after the one that started it is killed", async () => {
  test.setTimeout(300_000);
  // postgres.mjs is also a command (top-level await), so it is loaded with import().
  const { startPostgres } = await import("../scripts/test-support/postgres.mjs");
  const postgres = await startPostgres();
  let sandbox: SandboxProcess | undefined;
  const apps: AppProcess[] = [];
  try {
    sandbox = await startSandbox({ SANDBOX_USER_ID: E2E.userId, SANDBOX_API_TOKEN: E2E.token, SANDBOX_API_SECRET: E2E.secret, SANDBOX_RATE_LIMIT: String(RATE), SANDBOX_SEED: "none" });
    const shared = {
      DATABASE_URL: postgres.url,
      CATAPULT_BASE_URL: sandbox.url,
      CATAPULT_RATE_LIMIT: String(RATE),
      CATAPULT_TIMEOUT_MS: "3000",
      SESSION_SECRET: E2E.sessionSecret,
      ENCRYPTION_KEY: crypto.randomBytes(32).toString("hex"),
    };
    // All three start at once, as replicas do: migrations and the first admin must cope.
    // Each is kept as soon as it is up, so a sibling that fails to start leaves none running.
    await Promise.all(E2E.multiAppPorts.map(async (port) => apps.push(await startApp(port, { ...shared, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "multi-")) }))));
    const ordered = E2E.multiAppPorts.map((port) => apps.find((app) => app.url.endsWith(`:${port}`))!);
    const first = ordered[0]!;
    const calls = await Promise.all(ordered.map((app) => signedInFetch(app.url)));
    const domainId = await sandbox.createDomain(`multi-${Date.now()}`);
    const rows = Array.from({ length: ROWS }, (_, i) => ({ sourceRow: i + 2, name: `multi-${i}`, password: `multi-pw-${i}-abc` }));
    await new Promise((r) => setTimeout(r, 1100)); // the domain create spent the budget
    const before = await sandbox.admin<SandboxStats>("/_sandbox/stats");
    const started = Date.now();
    const created = await calls[0]!("/api/bulk-jobs", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ domainId, rows }) });
    expect(created.status).toBe(201);
    const jobId = ((await created.json()) as { job: { id: string } }).job.id;
    await sandbox.admin("/_sandbox/faults", { failRate: 0.1, lostResponseRate: 0.05 });

    const view = async (call: (p: string) => Promise<Response>) => (await (await call(`/api/bulk-jobs/${jobId}`)).json()) as JobView;
    const endpointsInSandbox = async () => (await sandbox!.admin<{ name: string }[]>(`/_sandbox/endpoints?domainId=${domainId}`)).length;

    // Every instance's page shows the same live progress while the job runs.
    await expect.poll(endpointsInSandbox, { message: "a third of the rows are created", timeout: 60_000, intervals: [100] }).toBeGreaterThanOrEqual(ROWS / 3);
    const [seenBySecond, seenByThird] = await Promise.all([view(calls[1]!), view(calls[2]!)]);
    expect(seenBySecond.job.done).toBeGreaterThan(0);
    expect(seenByThird.job.done).toBeGreaterThan(0);

    // The instance that started the job dies without a word, a third of the way in.
    await first.kill("SIGKILL");
    const killedAt = await endpointsInSandbox();

    await expect
      .poll(async () => (await view(calls[1]!)).job.status, { message: "the surviving instances finish the job", timeout: 150_000, intervals: [500] }).toBe("completed");
    const seconds = (Date.now() - started) / 1000;
    const final = await view(calls[2]!);
    const endpoints = await sandbox.admin<{ id: string; name: string }[]>(`/_sandbox/endpoints?domainId=${domainId}`);
    const after = await sandbox.admin<SandboxStats>("/_sandbox/stats");
    const sent = after.requests.total - before.requests.total;
    const rateLimited = after.rateLimited - before.rateLimited;
    console.log(
      `[multi-instance] ${JSON.stringify({ rows: ROWS, rate: RATE, killedAt, seconds, requests: sent, floorSeconds: sent / RATE, ratioToFloor: seconds / (sent / RATE), rateLimited, injectedFailures: after.injectedFailures - before.injectedFailures, lostResponses: after.lostResponses - before.lostResponses })}`,
    );

    expect(new Set(endpoints.map((e) => e.name)).size).toBe(endpoints.length);
    expect(endpoints.map((e) => e.name).toSorted()).toEqual(rows.map((r) => r.name).toSorted());
    expect(final.job.done).toBe(ROWS);
    expect(final.rows.filter((r) => r.status !== "created" && r.status !== "already_existed")).toEqual([]);
    expect(new Set(final.rows.map((r) => r.endpointId)).size).toBe(ROWS);
    expect(rateLimited / sent).toBeLessThanOrEqual(0.01);
  } finally {
    await Promise.all(apps.map((app) => app.kill()));
    await sandbox?.stop();
    postgres.stop();
  }
});

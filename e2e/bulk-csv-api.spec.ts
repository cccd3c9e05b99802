// Issue 13, automation over HTTP with an operator's API key: POST /api/bulk-jobs with a
// text/csv body (settings in the query) is read with the bulk page's rules; one bad row gets
// a 400 naming the file's row and column, and nothing starts. A good file starts a job whose
// GET answers status and rows (only changed ones with ?after=); the audit log lists it under
// the key's owner. GET /api/openapi.json answers the generated document to the key. Before:
// a text/csv body was refused (415) and /api/openapi.json was the catch-all 404.
import { expect, request as playwrightRequest, test } from "@playwright/test";
import type { AuditResponse } from "../lib/audit/contract";
import { createSandboxDomain, sandboxCall } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import type { JobView } from "./support/bulk-jobs";
import { createKeyFor, ensureUser, signInAs, testUser } from "./support/users";

test("a text/csv bulk job with an API key: bad rows refused by row and field, then run, read and audited", async ({ baseURL }) => {
  const operator = testUser(`csvapi${Date.now().toString(36)}`, "operator");
  await ensureUser(operator);
  const domainId = await createSandboxDomain(`csv-api-${Date.now()}`);
  const session = await playwrightRequest.newContext({ baseURL });
  await signInAs(session, operator);
  const key = await createKeyFor(session, operator, "csv script");
  const script = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  const post = (csv: string, query = `domainId=${domainId}&action=create`) => script.post(`/api/bulk-jobs?${query}`, { headers: { "Content-Type": "text/csv" }, data: csv });

  const bad = await post("Name,Enabled,Password\nok-1,yes,csv-Pass-1\nbad@2,yes,csv-Pass-2\nok-3,maybe,csv-Pass-3\n");
  expect(bad.status()).toBe(400);
  const { error } = (await bad.json()) as { error: { code: string; message: string; issues: { field: string; code: string; params: Record<string, unknown> }[] } };
  expect(error.code).toBe("invalid_request");
  expect(error.message).toMatch(/^2 rows have problems; nothing was started\./);
  expect(error.issues).toEqual([
    { field: "rows.3.name", code: "name_char", params: expect.objectContaining({ row: 3, column: "name", char: "U+0040" }) },
    { field: "rows.4.enabled", code: "invalid_value", params: expect.objectContaining({ row: 4, column: "enabled" }) },
  ]);
  expect(JSON.stringify(error)).not.toContain("csv-Pass");
  // Nothing started: no job for the domain, nothing on the sandbox.
  expect(((await (await script.get(`/api/bulk-jobs?domainId=${domainId}`)).json()) as { total: number }).total).toBe(0);
  expect((await sandboxCall<unknown[]>(`/v1/users/${E2E.userId}/domains/${domainId}/endpoints`)).body).toEqual([]);
  // A bad setting in the query is named too; an unknown body type says what to send.
  expect((await post("name,password\nx,abcdef\n", `domainId=${domainId}&existingPolicy=replace`)).status()).toBe(400);
  const wrongType = await script.post(`/api/bulk-jobs?domainId=${domainId}`, { headers: { "Content-Type": "text/plain" }, data: "name\nx\n" });
  expect(wrongType.status()).toBe(415);

  const good = await post("name,description,password\n'-front,Front desk,csv-Pass-1\n+1-919-555-0100,Main line,csv-Pass-2\n");
  expect(good.status()).toBe(201);
  const jobId = ((await good.json()) as { job: { id: string } }).job.id;
  await expect.poll(async () => ((await (await script.get(`/api/bulk-jobs/${jobId}`)).json()) as JobView).job.status).toBe("completed");
  const read = (await (await script.get(`/api/bulk-jobs/${jobId}`)).json()) as JobView & { job: { seq: number } };
  expect(read.rows.map((r) => [r.sourceRow, r.name, r.status])).toEqual([
    [2, "-front", "created"],
    [3, "+1-919-555-0100", "created"],
  ]);
  // Polling with ?after=<seq> answers only what changed since: nothing, once it is done.
  const since = (await (await script.get(`/api/bulk-jobs/${jobId}?after=${read.job.seq}`)).json()) as JobView;
  expect(since.rows).toEqual([]);
  expect(since.job.status).toBe("completed");

  const audit = (await (await script.get(`/api/audit?target=${domainId}&action=bulk-job.start`)).json()) as AuditResponse;
  expect(audit.entries).toHaveLength(1);
  expect(audit.entries[0]).toMatchObject({ outcome: "ok", target: { jobId }, actor: { type: "api-key", label: expect.stringContaining(`${operator.email} (API key "csv script"`) } });
  await Promise.all([script.dispose(), session.dispose()]);
});

test("GET /api/openapi.json: the generated OpenAPI 3.1 document, to a key; not to nobody", async ({ baseURL, playwright }) => {
  const viewer = testUser(`oapi${Date.now().toString(36)}`, "viewer");
  await ensureUser(viewer);
  const session = await playwrightRequest.newContext({ baseURL });
  await signInAs(session, viewer);
  const key = await createKeyFor(session, viewer, "docs reader");
  const script = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  const response = await script.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  const doc = (await response.json()) as { openapi: string; paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>; components: { securitySchemes: Record<string, unknown> } };
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths["/api/bulk-jobs"]!.post!.requestBody!.content)).toEqual(["application/json", "text/csv"]);
  expect(doc.paths["/api/bulk-jobs/{jobId}"]?.get).toBeDefined();
  expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get("/api/openapi.json")).status()).toBe(401);
  await Promise.all([script.dispose(), session.dispose(), anonymous.dispose()]);
});

test("a text/csv bulk change: the export's id column names the endpoints, and only those change", async ({ baseURL }) => {
  const operator = testUser(`csvchange${Date.now().toString(36)}`, "operator");
  await ensureUser(operator);
  const domainId = await createSandboxDomain(`csv-change-${Date.now()}`);
  const session = await playwrightRequest.newContext({ baseURL });
  await signInAs(session, operator);
  const key = await createKeyFor(session, operator, "leavers script");
  const script = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  for (const name of ["-left-1", "left-2", "stays"]) {
    const created = await sandboxCall(`/v1/users/${E2E.userId}/domains/${domainId}/endpoints`, { method: "POST", body: { name, enabled: true, credentials: { password: "Stay-pass-123" } } });
    expect(created.status).toBe(201);
  }
  // The export, filtered to the leavers as a spreadsheet would, sent back as it is.
  const exported = await (await script.get(`/api/domains/${domainId}/endpoints/export?format=csv`)).text();
  const [header, ...lines] = exported.trim().split(/\r?\n/);
  const leavers = [header, ...lines.filter((line) => !line.startsWith("stays,"))].join("\n");
  const started = await script.post(`/api/bulk-jobs?domainId=${domainId}&action=disable`, { headers: { "Content-Type": "text/csv" }, data: leavers });
  expect(started.status()).toBe(201);
  const body = (await started.json()) as { job: { id: string }; ignoredColumns: string[] };
  expect(body.ignoredColumns).toEqual(["description", "application", "enabled", "sip_uri", "realm", "username"]);
  await expect.poll(async () => ((await (await script.get(`/api/bulk-jobs/${body.job.id}`)).json()) as JobView).job.status).toBe("completed");
  const after = (await sandboxCall<{ name: string; enabled: boolean }[]>(`/v1/users/${E2E.userId}/domains/${domainId}/endpoints`)).body;
  expect(Object.fromEntries(after.map((e) => [e.name, e.enabled]))).toEqual({ "-left-1": false, "left-2": false, stays: true });
  // A change file without the id column says what it needs.
  const noId = await script.post(`/api/bulk-jobs?domainId=${domainId}&action=delete`, { headers: { "Content-Type": "text/csv" }, data: "name\nstays\n" });
  expect(noId.status()).toBe(400);
  expect(((await noId.json()) as { error: { message: string } }).error.message).toMatch(/needs an id column/);
  await Promise.all([script.dispose(), session.dispose()]);
});

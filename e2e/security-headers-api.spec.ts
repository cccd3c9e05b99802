// Every API answer and export, success or error, JSON or CSV, carries the security headers and
// is never stored; HSTS is sent only when PUBLIC_URL is https, never because a request says so.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type APIRequestContext, type APIResponse, expect, test } from "@playwright/test";
import { startApp } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { cspDirectives, expectApiHeaders, expectPageHeaders, HSTS } from "./support/security-headers";
import { signIn } from "./support/session";

interface Case {
  name: string;
  status: number;
  type: RegExp;
  signedIn: boolean;
  send: (request: APIRequestContext, headers: Record<string, string>) => Promise<APIResponse>;
}

const json = /^application\/json/;
const csv = /^text\/csv/;
const CASES: Case[] = [
  { name: "a list (JSON)", status: 200, type: json, signedIn: true, send: (r, headers) => r.get("/api/domains", { headers }) },
  { name: "not signed in", status: 401, type: json, signedIn: false, send: (r, headers) => r.get("/api/domains", { headers }) },
  { name: "a bad body", status: 400, type: json, signedIn: true, send: (r, headers) => r.post("/api/domains", { headers, data: {} }) },
  { name: "the public sign-in route, refused", status: 400, type: json, signedIn: false, send: (r, headers) => r.post("/api/session", { headers, data: {} }) },
  { name: "no such API route", status: 404, type: json, signedIn: true, send: (r, headers) => r.get("/api/no-such-route", { headers }) },
  { name: "the History export (CSV)", status: 200, type: csv, signedIn: true, send: (r, headers) => r.get("/api/history/export", { headers }) },
  { name: "a bulk job export that does not exist", status: 404, type: json, signedIn: true, send: (r, headers) => r.get("/api/bulk-jobs/no-such-job/export", { headers }) },
  { name: "sign-out (no body)", status: 204, type: /^$/, signedIn: false, send: (r, headers) => r.delete("/api/session", { headers }) },
];

for (const c of CASES) {
  test(`API: ${c.name} answers ${c.status} with the security headers and no-store`, async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    if (c.signedIn) await signIn(request);
    // A client claiming https does not get HSTS: only PUBLIC_URL decides (it is unset here).
    // (No Origin header: with a claimed https it would not match, and changes would be refused.)
    const response = await c.send(request, { "X-Forwarded-Proto": "https" });
    expect(response.status()).toBe(c.status);
    expect(response.headers()["content-type"] ?? "").toMatch(c.type);
    expectApiHeaders(response.headers(), { hsts: false });
    expect(cspDirectives(response.headers()["content-security-policy"])["default-src"]).toEqual(["'none'"]);
    await request.dispose();
  });
}

test("a page asked for over https by X-Forwarded-Proto alone gets no HSTS", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-Proto": "https" });
  expectPageHeaders((await page.goto("/sign-in"))!.headers(), { hsts: false });
});

test("with an https PUBLIC_URL, pages and API answers send HSTS (even to a plain-http client)", async () => {
  test.setTimeout(120_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hsts-"));
  const app = await startApp(E2E.headersAppPort, { DATA_DIR: dataDir, PUBLIC_URL: "https://dashboard.example.test" });
  try {
    const headersOf = async (p: string, init?: RequestInit) => Object.fromEntries((await fetch(`${app.url}${p}`, { redirect: "manual", ...init })).headers);
    const signInPage = await headersOf("/sign-in");
    expectPageHeaders(signInPage, { hsts: true });
    expect(cspDirectives(signInPage["content-security-policy"])).toHaveProperty("upgrade-insecure-requests");
    expectPageHeaders(await headersOf("/history"), { hsts: true }); // the redirect to sign-in
    expectApiHeaders(await headersOf("/api/domains"), { hsts: true });
    expect((await headersOf("/api/session", { method: "POST", headers: { "Content-Type": "application/json", Origin: app.url }, body: "{}" }))["strict-transport-security"]).toBe(HSTS);

    // Hole 6: outside local development the session cookie is `__Host-` (Secure, Path=/, no
    // Domain), decided by PUBLIC_URL; the old code named it the same everywhere.
    const signedIn = await fetch(`${app.url}/api/session`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: app.url },
      body: JSON.stringify({ email: E2E.adminEmail, password: E2E.adminPassword }),
    });
    expect(signedIn.status).toBe(204);
    const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith("__Host-catapult_dash_session="));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*Path=\/(;|$)/i);
    expect(cookie).not.toMatch(/Domain=/i);
    expect((await fetch(`${app.url}/api/session`, { headers: { Cookie: cookie!.split(";")[0]! } })).status).toBe(200);
  } finally {
    await app.kill("SIGTERM");
  }
});

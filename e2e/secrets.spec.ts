// The Catapult token and secret, the session secret and the admin password never reach
// the browser: not in the built bundle, not in any answer a signed-in browser receives.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { signIn } from "./support/session";

const SECRETS = { token: E2E.token, secret: E2E.secret, sessionSecret: E2E.sessionSecret, adminPassword: E2E.adminPassword };

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

test("no secret appears in any file under .next/static", () => {
  const files = filesUnder(path.resolve(__dirname, "../.next/static"));
  expect(files.length).toBeGreaterThan(10);
  const leaks = files.flatMap((file) => {
    const text = fs.readFileSync(file, "latin1");
    return Object.entries(SECRETS).filter(([, value]) => text.includes(value)).map(([name]) => `${name} in ${file}`);
  });
  expect(leaks).toEqual([]);
});

test("no secret appears in any answer the browser receives while using the dashboard", async ({ page }) => {
  const bodies: string[] = [];
  page.on("response", async (response) => {
    try {
      bodies.push(`${response.url()} ${JSON.stringify(response.headers())} ${await response.text()}`);
    } catch {
      /* redirects and aborted requests have no body */
    }
  });
  await signIn(page);
  const domains = (await (await page.request.get("/api/domains")).json()).domains as { id: string }[];
  const domainId = domains[0]!.id;
  for (const url of ["/", `/domains/${domainId}`, `/domains/${domainId}/endpoints/new`, "/history"]) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
  }
  // An error from Catapult travels through the API too: a duplicate name.
  await page.request.post(`/api/domains/${domainId}/endpoints`, { data: { name: "leak-check", password: "abc123" } });
  bodies.push(await (await page.request.post(`/api/domains/${domainId}/endpoints`, { data: { name: "leak-check", password: "abc123" } })).text());
  expect(bodies.length).toBeGreaterThan(5);
  const all = bodies.join("\n");
  for (const [name, value] of Object.entries(SECRETS)) expect(all.includes(value), `${name} leaked`).toBe(false);
  expect(all).not.toContain("abc123");
});

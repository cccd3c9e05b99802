// Without a valid session nothing is reachable; changes only come from our own pages.
import { expect, test } from "@playwright/test";
import { sealData } from "iron-session";
import { listAppRoutes } from "./support/app-routes";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { signIn } from "./support/session";

const routes = listAppRoutes();
// Single sign-on's two legs are public by design (e2e/sso.spec.ts covers them; without OIDC_* both answer 404).
const PUBLIC = new Set(["/sign-in", "/api/session", "/api/sign-in/sso", "/api/auth/rd-sample0000"]);

test("the route list is read from app/ and covers pages and API routes", () => {
  expect(routes.filter((r) => r.kind === "page").length).toBeGreaterThanOrEqual(5);
  expect(routes.filter((r) => r.kind === "api").length).toBeGreaterThanOrEqual(8);
  expect(routes.every((r) => r.methods.length > 0)).toBe(true);
});

for (const route of routes.filter((r) => !PUBLIC.has(r.url))) {
  for (const method of route.methods) {
    test(`${method} ${route.url} without a session is refused`, async ({ request, baseURL }) => {
      const response = await request.fetch(route.url, {
        method,
        maxRedirects: 0,
        headers: method === "GET" ? {} : { "Content-Type": "application/json", Origin: baseURL! },
        data: method === "GET" ? undefined : "{}",
      });
      if (route.kind === "page") {
        expect(response.status()).toBe(307);
        expect(response.headers().location).toContain(`/sign-in?next=${encodeURIComponent(route.url)}`);
      } else {
        expect(response.status()).toBe(401);
        expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
      }
    });
  }
}

test("a forged, altered or foreign cookie is refused", async ({ playwright, baseURL }) => {
  for (const value of ["forged", "Fe26.2**abc*def", `Fe26.2*1*${"a".repeat(60)}`]) {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `catapult_dash_session=${value}` } });
    expect((await context.get("/api/domains")).status()).toBe(401);
    await context.dispose();
  }
});

test("an expired session, sealed with the right secret, is refused", async ({ playwright, baseURL }) => {
  const thirteenHoursAgo = Date.now() - 13 * 60 * 60 * 1000;
  const stale = await sealData({ admin: true, signedInAt: thirteenHoursAgo }, { password: E2E.sessionSecret, ttl: 0 });
  const fresh = await sealData({ admin: true, signedInAt: Date.now() }, { password: E2E.sessionSecret, ttl: 0 });
  for (const [seal, status] of [[stale, 401], [fresh, 200]] as const) {
    const context = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: `catapult_dash_session=${seal}` } });
    expect((await context.get("/api/domains")).status()).toBe(status);
    await context.dispose();
  }
});

test("the session cookie is Secure when the dashboard is served over https", async ({ request }) => {
  const response = await request.post("/api/session", { data: { password: E2E.adminPassword }, headers: { "X-Forwarded-Proto": "https" } });
  expect(response.status()).toBe(204);
  expect(response.headers()["set-cookie"]).toMatch(/;\s*Secure/i);
});

test("the session cookie is httpOnly and SameSite, and sign-out ends it", async ({ request }) => {
  const response = await request.post("/api/session", { data: { password: E2E.adminPassword } });
  expect(response.status()).toBe(204);
  const cookie = response.headers()["set-cookie"] ?? "";
  expect(cookie).toMatch(/catapult_dash_session=Fe26\.2/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=lax/i);
  expect(cookie).not.toMatch(/Secure/i); // plain http here; https gets Secure (test above)
  expect((await request.get("/api/domains")).status()).toBe(200);
  expect((await request.delete("/api/session")).status()).toBe(204);
  expect((await request.get("/api/domains")).status()).toBe(401);
});

test("cross-origin changes are refused even with a session", async ({ request }) => {
  await signIn(request);
  const body = { name: "cross-origin", password: "abc123" };
  const fromElsewhere = await request.post("/api/domains/rd-any/endpoints", { data: body, headers: { Origin: "https://evil.example" } });
  expect(fromElsewhere.status()).toBe(403);
  expect((await fromElsewhere.json()).error.code).toBe("cross_origin");
  const crossSite = await request.post("/api/domains/rd-any/endpoints", { data: body, headers: { "Sec-Fetch-Site": "cross-site" } });
  expect(crossSite.status()).toBe(403);
});

test("repeated wrong passwords are slowed down, then refused for a while", async ({ request }) => {
  const headers = { "X-Forwarded-For": "203.0.113.77" };
  const statuses: number[] = [];
  for (let i = 0; i < 7; i++) {
    statuses.push((await request.post("/api/session", { data: { password: `wrong-${i}` }, headers })).status());
  }
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  expect(statuses.slice(5)).toEqual([429, 429]);
  const blocked = await request.post("/api/session", { data: { password: E2E.adminPassword }, headers });
  expect(blocked.status()).toBe(429);
  expect(blocked.headers()["retry-after"]).toMatch(/^\d+$/);
});

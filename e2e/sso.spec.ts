// Issue 12, single sign-on: a dashboard configured with OIDC_* signs people in through a real
// OpenID provider run by the test (oidc-provider, its own login and consent pages), with the
// role from a claim on every sign-in, OIDC_DEFAULT_ROLE without one, a disabled person refused,
// and password sign-in switched off. Before this slice, /api/sign-in/sso did not exist and the
// generic OAuth plugin was not configured: the first click already failed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { sql } from "kysely";
import { type AppProcess, startApp } from "../scripts/test-support/app-process";
import { E2E } from "../scripts/test-support/e2e-env.mjs";
import { type OidcProcess, startOidcProvider } from "../scripts/test-support/oidc-process";
import { type AppDatabase, withAppDatabase } from "./support/app-database";

const IDP_NAME = "Test IdP";
const CLIENT = { clientId: "catapult-dashboard", clientSecret: "oidc-E2E-client-secret-5d1f" };
const appUrl = `http://127.0.0.1:${E2E.ssoAppPort}`;
const alice = { email: "alice@sso.example.com", email_verified: true, name: "Alice Admin", dashboard_role: "admin" };
const bob = { email: "bob@sso.example.com", email_verified: true, name: "Bob NoClaim" };
const carol = { email: "carol@sso.example.com", email_verified: false, name: "Carol Unverified", dashboard_role: "admin" };

let idp: OidcProcess;
let app: AppProcess;
let dataDir: string;

function ssoEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    PUBLIC_URL: appUrl,
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: CLIENT.clientId,
    OIDC_CLIENT_SECRET: CLIENT.clientSecret,
    OIDC_ROLE_CLAIM: "dashboard_role",
    // Not the admin plugin's own default (viewer), so the test sees which one applied.
    OIDC_DEFAULT_ROLE: "operator",
    OIDC_NAME: IDP_NAME,
    ...extra,
  };
}

/** The SSO dashboard's own database (its own data folder). */
const db = <T>(work: (database: AppDatabase) => Promise<T>) => withAppDatabase(work, dataDir);
/** The newest sign-in entry (of one person). */
const lastSignIn = (email?: string) =>
  db((d) =>
    d.selectFrom("audit_log").select(["actor_type", "actor_id", "actor_label", "outcome", "error_code", "detail", "source_address"]).where("action", "=", "sign-in")
      .$if(email !== undefined, (q) => q.where("user_email", "=", email!)).orderBy("id", "desc").executeTakeFirstOrThrow(),
  );

/** Sign-ins started and not yet back: Better Auth keeps each one's state in auth_verification. */
const states = () => db((d) => sql<{ n: number }>`SELECT count(*) AS n FROM auth_verification`.execute(d)).then((r) => Number(r.rows[0]!.n));

/** Adds a person the way an admin does (no password, not "verified"), before their first SSO. */
async function preAdd(email: string, role: string): Promise<string> {
  const id = `pre-${email.split("@")[0]}`;
  const now = new Date().toISOString();
  await db((d) =>
    d.insertInto("auth_user").values({ id, name: email, email, emailVerified: 0, createdAt: now, updatedAt: now, role, banned: 0, image: null, banReason: null, banExpires: null }).execute(),
  );
  return id;
}

/**
 * A browser with no session at the dashboard or the identity provider. oidc-provider's own pages
 * load a web font from Google, which this machine cannot reach: refused at once, not after the
 * 5 s the page load would otherwise wait for it.
 */
async function freshContext(browser: Browser, extraHTTPHeaders: Record<string, string> = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: appUrl, extraHTTPHeaders });
  await context.route("https://fonts.googleapis.com/**", (route) => route.abort());
  return context;
}

/** Signs in from a fresh browser (no session at the dashboard or at the identity provider). */
async function ssoSignIn(browser: Browser, login: string, next = "/", extraHTTPHeaders: Record<string, string> = {}): Promise<Page> {
  const context = await freshContext(browser, extraHTTPHeaders);
  const page = await context.newPage();
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByRole("link", { name: `Sign in with ${IDP_NAME}` }).click();
  // oidc-provider's own pages: any password, then consent.
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  return page;
}

async function sessionOf(page: Page): Promise<{ status: number; email?: string; role?: string }> {
  const response = await page.request.get("/api/session");
  const body = response.ok() ? ((await response.json()) as { user: { email: string; role: string } }) : undefined;
  return { status: response.status(), email: body?.user.email, role: body?.user.role };
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sso-e2e-"));
  idp = await startOidcProvider({ port: E2E.oidcPort, ...CLIENT, redirectUri: `${appUrl}/api/auth/callback/oidc`, people: { alice, bob, carol } });
  app = await startApp(E2E.ssoAppPort, ssoEnv());
});

// On a failure, what the dashboard printed and its sign-in entries say why an SSO came back.
test.afterEach(async () => {
  const testInfo = test.info();
  if (testInfo.status === testInfo.expectedStatus) return;
  const entries = await db((d) => d.selectFrom("audit_log").select(["outcome", "error_code", "user_email"]).where("action", "=", "sign-in").execute());
  // Printed, not only attached: the reporter shortens an attachment to its first lines.
  console.log(`Sign-in entries: ${JSON.stringify(entries)}\nThe SSO dashboard's last output:\n${app.output().slice(-4_000)}`);
});

test.afterAll(async () => {
  await app?.kill();
  await idp?.kill();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("signs in end to end through the identity provider, joining the pre-added account with the claim's role", async ({ browser }) => {
  const preAddedId = await preAdd(alice.email, "viewer");
  // The header our routes use to hand Better Auth the trusted address: a client's own is replaced.
  const page = await ssoSignIn(browser, "alice", "/audit", { "x-dashboard-client-address": "203.0.113.66" });
  await expect(page).toHaveURL(`${appUrl}/audit`);
  await expect(page.getByRole("link", { name: new RegExp(alice.email) })).toBeVisible();
  // The claim says admin: the admin-only Users link shows, and the API agrees.
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toBeVisible();
  expect(await sessionOf(page)).toEqual({ status: 200, email: alice.email, role: "admin" });
  // The session cookie lasts the absolute lifetime (12 h), as after a password sign-in, not the
  // 30-minute idle timeout Better Auth writes (which would end an active person's cookie).
  const session = (await page.context().cookies()).find((c) => c.name === "catapult_dash_session");
  expect(session!.expires * 1000 - Date.now()).toBeGreaterThan(11.9 * 3_600_000);
  // The same person the admin added, not a second account.
  expect(await db((d) => d.selectFrom("auth_user").select("id").where("email", "=", alice.email).execute())).toEqual([{ id: preAddedId }]);

  // The audit log: the SSO sign-in, by Alice herself, from her address.
  const entry = await lastSignIn(alice.email);
  expect(entry).toMatchObject({ actor_type: "user", actor_id: preAddedId, outcome: "ok" });
  expect(entry.actor_label).toContain(alice.email);
  expect(JSON.parse(entry.detail!)).toMatchObject({ method: "sso", role: "admin", previousRole: "viewer" });
  expect(entry.source_address).toBe("127.0.0.1");
  expect(await db((d) => d.selectFrom("auth_session").select("ipAddress").where("userId", "=", preAddedId).execute())).toEqual([{ ipAddress: "127.0.0.1" }]);
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: "Sign-in" }).filter({ hasText: alice.email }).first()).toContainText("single sign-on");
  await page.context().close();
});

test("a person without the role claim gets OIDC_DEFAULT_ROLE", async ({ browser }) => {
  const page = await ssoSignIn(browser, "bob");
  await expect(page.getByRole("heading", { name: "Domains", level: 1 })).toBeVisible();
  expect(await sessionOf(page)).toEqual({ status: 200, email: bob.email, role: "operator" });
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.context().close();
});

test("a change of the claim at the identity provider changes the role at the next sign-in", async ({ browser }) => {
  // A list: the highest dashboard role in it counts, unknown values are ignored.
  idp.setPerson("alice", { ...alice, dashboard_role: ["billing", "viewer"] });
  const page = await ssoSignIn(browser, "alice");
  await expect(page.getByRole("heading", { name: "Domains", level: 1 })).toBeVisible();
  expect(await sessionOf(page)).toEqual({ status: 200, email: alice.email, role: "viewer" });
  await page.context().close();
});

test("a disabled person is refused, with a clear message and a failed audit entry", async ({ browser }) => {
  await db((d) => d.updateTable("auth_user").set({ banned: 1 }).where("email", "=", bob.email).execute());
  const page = await ssoSignIn(browser, "bob");
  await expect(page).toHaveURL(/\/sign-in\?sso_error=account_disabled/);
  await expect(page.getByRole("alert").filter({ hasText: `Sign-in with ${IDP_NAME} failed` })).toContainText("This account is disabled");
  expect((await sessionOf(page)).status).toBe(401);
  const entry = await lastSignIn(bob.email);
  expect(entry).toMatchObject({ actor_type: "anonymous", outcome: "failed", error_code: "account_disabled" });
  await page.context().close();
});

test("an account an admin added is not joined on an email the identity provider did not verify", async ({ browser }) => {
  await preAdd(carol.email, "viewer");
  const page = await ssoSignIn(browser, "carol");
  await expect(page).toHaveURL(/\/sign-in\?sso_error=account_not_linked/);
  await expect(page.getByRole("alert").filter({ hasText: `Sign-in with ${IDP_NAME} failed` })).toContainText("did not confirm the address");
  expect((await sessionOf(page)).status).toBe(401);
  expect(await db((d) => d.selectFrom("auth_user").select("role").where("email", "=", carol.email).executeTakeFirst())).toEqual({ role: "viewer" });
  await page.context().close();
});

test("cancelling at the identity provider comes back to the sign-in page, saying so", async ({ browser }) => {
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto("/sign-in?next=/history");
  await page.getByRole("link", { name: `Sign in with ${IDP_NAME}` }).click();
  await page.getByRole("link", { name: "[ Cancel ]" }).click();
  await expect(page).toHaveURL(`${appUrl}/sign-in?sso_error=access_denied&next=%2Fhistory`);
  await expect(page.getByRole("alert").filter({ hasText: `Sign-in with ${IDP_NAME} failed` })).toContainText("cancelled or refused");
  const entry = await lastSignIn();
  expect(entry).toMatchObject({ actor_type: "anonymous", outcome: "failed", error_code: "access_denied" });
  await context.close();
});

test("only the callback of Better Auth's handler is served, and the SSO redirects carry the security headers", async ({ request }) => {
  for (const [method, p] of [["GET", "/api/auth/get-session"], ["POST", "/api/auth/sign-in/email"], ["GET", "/api/auth/ok"], ["POST", "/api/auth/admin/set-role"]] as const) {
    const response = await request.fetch(`${appUrl}${p}`, { method, headers: { Origin: appUrl }, data: method === "POST" ? { email: E2E.adminEmail, password: E2E.adminPassword } : undefined });
    expect(response.status(), `${method} ${p}`).toBe(404);
  }
  const start = await request.get(`${appUrl}/api/sign-in/sso?next=/history`, { maxRedirects: 0 });
  expect(start.status()).toBe(302);
  expect(start.headers()["location"]).toMatch(new RegExp(`^${idp.issuer}/auth\\?`));
  expect(start.headers()["cache-control"]).toBe("no-store");
  expect(start.headers()["x-content-type-options"]).toBe("nosniff");
  const forged = await request.get(`${appUrl}/api/auth/callback/oidc?code=x&state=forged`, { maxRedirects: 0 });
  expect(forged.status()).toBe(302);
  expect(forged.headers()["location"]).toMatch(/^\/sign-in\?sso_error=failed/);
  expect(forged.headers()["cache-control"]).toBe("no-store");
  const entry = await lastSignIn();
  expect(entry).toMatchObject({ actor_type: "anonymous", outcome: "failed", error_code: expect.stringMatching(/^sso_/) });
});

test("showing or hovering the button starts no sign-in; the click starts exactly one", async ({ browser }) => {
  const before = await states();
  const context = await freshContext(browser);
  const page = await context.newPage();
  const starts: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname === "/api/sign-in/sso") starts.push(r.url());
  });
  await page.goto("/sign-in?next=/history");
  const button = page.getByRole("link", { name: `Sign in with ${IDP_NAME}` });
  await button.hover();
  // A window for fetches ahead of the click: a <Link> fetched the route within it (on sight, in
  // a production build, and again on hover), each fetch a sign-in with its own state cookie.
  await page.waitForTimeout(1_000);
  expect(starts).toEqual([]);
  expect(await states()).toBe(before);
  await button.click();
  await expect(page.getByPlaceholder("Enter any login")).toBeVisible();
  expect(starts).toEqual([`${appUrl}/api/sign-in/sso?next=%2Fhistory`]);
  expect(await states()).toBe(before + 1);
  await context.close();
});

test("a router or prefetch request to the start route starts nothing and sets no cookie", async ({ request }) => {
  const before = await states();
  const fetches: Record<string, string>[] = [{ RSC: "1" }, { "Next-Router-Prefetch": "1", RSC: "1" }, { "Sec-Purpose": "prefetch" }, { Purpose: "prefetch" }];
  for (const headers of fetches) {
    // Next answers an RSC request without its `_rsc` parameter with a redirect to the URL with
    // one; followed, as the router does. The start route's own redirect would go on to the IdP.
    const response = await request.get(`${appUrl}/api/sign-in/sso?next=/history`, { headers, maxRedirects: 3 });
    expect(response.status(), JSON.stringify(headers)).toBe(204);
    expect(new URL(response.url()).origin).toBe(appUrl);
  }
  expect((await request.storageState()).cookies).toEqual([]);
  expect(await states()).toBe(before);
});

test("with AUTH_PASSWORD_SIGNIN=off the page offers single sign-on alone and the password route answers 403", async ({ browser, request }) => {
  await app.kill();
  app = await startApp(E2E.ssoAppPort, ssoEnv({ AUTH_PASSWORD_SIGNIN: "off" }));
  const context = await freshContext(browser);
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("link", { name: `Sign in with ${IDP_NAME}` })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Email" })).toHaveCount(0);
  await expect(page.getByText("Password")).toHaveCount(0);
  await context.close();
  const password = await request.post(`${appUrl}/api/session`, { headers: { Origin: appUrl }, data: { email: E2E.adminEmail, password: E2E.adminPassword } });
  expect(password.status()).toBe(403);
  expect(((await password.json()) as { error: { code: string } }).error.code).toBe("password_sign_in_off");
  // Single sign-on still works.
  const signedIn = await ssoSignIn(browser, "alice");
  await expect(signedIn.getByRole("heading", { name: "Domains", level: 1 })).toBeVisible();
  expect((await sessionOf(signedIn)).email).toBe(alice.email);
  await signedIn.context().close();
});

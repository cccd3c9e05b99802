// Issue 12, roles: every API route (each exported method) and every page of app/, read from the
// folder at test time, against what each role may do, as THIS table says (not the code under
// test). Not signed in: 401 (API) or a redirect to sign-in (page). Below the role: 403 (API) or
// the 403 page. At or above it: anything else; bodies are empty and ids do not exist, so a 400
// or 404 proves the access check passed and nothing changes. Each API route is also called with
// an API key of a viewer, an operator and an admin, and with a bad key beside a valid cookie.
// A new route or page fails the first test until it has a row here: one line each.
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { type AppRoute, listAppRoutes } from "./support/app-routes";
import { createKeyFor, ensureUser, signInAs, type TestRole, type TestUser, testUser } from "./support/users";

/** "person": any signed-in person, by session only (one's own account: an API key is refused). */
type Need = TestRole | "public" | "person";
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

const API: Record<string, Partial<Record<Method, Need>>> = {
  "/api/session": { POST: "public", GET: "viewer", DELETE: "public" },
  "/api/[...path]": { GET: "viewer", POST: "viewer", PUT: "viewer", PATCH: "viewer", DELETE: "viewer" },
  "/api/applications": { GET: "viewer" },
  "/api/audit": { GET: "viewer" },
  "/api/audit/export": { GET: "viewer" },
  "/api/history": { GET: "viewer" },
  "/api/history/export": { GET: "viewer" },
  "/api/openapi.json": { GET: "viewer" },
  "/api/bulk-jobs": { GET: "viewer", POST: "operator" },
  "/api/bulk-jobs/[jobId]": { GET: "viewer" },
  "/api/bulk-jobs/[jobId]/actions": { POST: "operator" },
  "/api/bulk-jobs/[jobId]/export": { GET: "viewer" },
  "/api/bulk-jobs/[jobId]/not-sent": { GET: "viewer" },
  "/api/domains": { GET: "viewer", POST: "admin" },
  "/api/domains/[domainId]": { GET: "viewer", DELETE: "admin" },
  "/api/domains/[domainId]/endpoints": { GET: "viewer", POST: "operator" },
  "/api/domains/[domainId]/endpoints/[endpointId]": { GET: "viewer", PATCH: "operator", DELETE: "operator" },
  "/api/domains/[domainId]/endpoints/export": { GET: "viewer" },
  "/api/domains/[domainId]/endpoints/refresh": { POST: "viewer" },
  "/api/api-keys": { GET: "operator", POST: "operator" },
  "/api/api-keys/[keyId]": { DELETE: "operator" },
  "/api/users": { GET: "admin", POST: "admin" },
  "/api/users/[userId]": { PATCH: "admin" },
  "/api/users/[userId]/password-link": { POST: "admin" },
  "/api/users/[userId]/sessions": { DELETE: "admin" },
  "/api/account/password": { POST: "person" },
  "/api/account/sessions": { GET: "person", DELETE: "person" },
  "/api/account/sessions/[sessionId]": { DELETE: "person" },
  "/api/password-links": { POST: "public" },
  "/api/sign-in/sso": { GET: "public" },
  "/api/auth/[...all]": { GET: "public", POST: "public", PUT: "public", PATCH: "public", DELETE: "public" },
};

const PAGES: Record<string, Need> = {
  "/sign-in": "public",
  "/": "viewer",
  "/domains/[domainId]": "viewer",
  "/domains/[domainId]/endpoints/[endpointId]": "viewer",
  "/domains/[domainId]/endpoints/new": "operator",
  "/domains/[domainId]/endpoints/bulk": "operator",
  "/bulk-jobs": "viewer",
  "/bulk-jobs/[jobId]": "viewer",
  "/history": "viewer",
  "/audit": "viewer",
  "/forbidden": "viewer",
  "/api-keys": "operator",
  "/users": "admin",
  "/account": "viewer",
  "/set-password": "public",
};

const RANK: Record<Need, number> = { public: 0, person: 1, viewer: 1, operator: 2, admin: 3 };
const ROLES: TestRole[] = ["viewer", "operator", "admin"];

const routes = listAppRoutes();
const apiCalls = routes
  .filter((r) => r.kind === "api")
  .flatMap((r) => r.methods.map((method) => ({ route: r, method: method as Method })))
  // Signing out last (each session signs in again after it).
  .toSorted((a, b) => Number(isSignOut(a)) - Number(isSignOut(b)));
const pages = routes.filter((r) => r.kind === "page");

function isSignOut(c: { route: AppRoute; method: Method }): boolean {
  return (c.route.pattern === "/api/session" || c.route.pattern === "/api/account/sessions") && c.method === "DELETE";
}

test("the table lists every API route, method and page, and nothing that is gone", () => {
  const found = apiCalls.map(({ route, method }) => `${method} ${route.pattern}`).toSorted();
  const listed = Object.entries(API).flatMap(([pattern, methods]) => Object.keys(methods).map((m) => `${m} ${pattern}`)).toSorted();
  expect(found, "API routes × methods in app/api vs the table in e2e/roles.spec.ts").toEqual(listed);
  expect(pages.map((p) => p.pattern).toSorted(), "pages in app/ vs the table").toEqual(Object.keys(PAGES).toSorted());
});

async function call(context: APIRequestContext, route: AppRoute, method: Method, headers: Record<string, string> = {}) {
  const data = method === "GET" || method === "DELETE" ? undefined : {};
  const response = await context.fetch(route.url, { method, data, headers, maxRedirects: 0 });
  return response.status();
}

/** What a caller with `role` (undefined: nobody) gets, as a word: the table's promise. */
function expected(need: Need, role: TestRole | undefined, via: "session" | "key" = "session"): "unauthenticated" | "forbidden" | "allowed" {
  if (need === "public") return "allowed";
  if (role === undefined) return "unauthenticated";
  if (need === "person" && via === "key") return "forbidden";
  return RANK[role] >= RANK[need] ? "allowed" : "forbidden";
}

function apiOutcome(status: number): string {
  return status === 401 ? "unauthenticated" : status === 403 ? "forbidden" : "allowed";
}

test.describe("route × role", () => {
  const tag = `roles${Date.now().toString(36)}`;
  const users = Object.fromEntries(ROLES.map((role) => [role, testUser(tag, role)])) as Record<TestRole, TestUser>;
  const sessions = {} as Record<TestRole, APIRequestContext>;
  const keys = {} as Record<TestRole, string>;
  let anonymous: APIRequestContext;

  test.beforeAll(async ({ baseURL }) => {
    anonymous = await playwrightRequest.newContext({ baseURL });
    for (const role of ROLES) {
      await ensureUser(users[role]);
      sessions[role] = await playwrightRequest.newContext({ baseURL });
      await signInAs(sessions[role], users[role]);
      keys[role] = await createKeyFor(sessions[role], users[role], `roles ${role}`);
    }
  });

  test.afterAll(async () => {
    await Promise.all([anonymous, ...Object.values(sessions)].map((c) => c?.dispose()));
  });

  test("API routes: not signed in, viewer, operator and admin, by session and by API key", async ({ baseURL }) => {
    const byKey = await playwrightRequest.newContext({ baseURL });
    const got: string[] = [];
    const want: string[] = [];
    for (const { route, method } of apiCalls) {
      const need = API[route.pattern]?.[method] ?? "admin";
      const line = (who: string, outcome: string) => `${method} ${route.url} as ${who}: ${outcome}`;
      got.push(line("nobody", apiOutcome(await call(anonymous, route, method))));
      want.push(line("nobody", expected(need, undefined)));
      for (const role of ROLES) {
        got.push(line(`${role} key`, apiOutcome(await call(byKey, route, method, { Authorization: `Bearer ${keys[role]}` }))));
        want.push(line(`${role} key`, expected(need, role, "key")));
      }
      for (const role of ROLES) {
        got.push(line(role, apiOutcome(await call(sessions[role], route, method))));
        want.push(line(role, expected(need, role)));
        if (isSignOut({ route, method })) await signInAs(sessions[role], users[role]);
      }
    }
    await byKey.dispose();
    expect(got).toEqual(want);
  });

  test("a bad API key is refused even beside a valid session cookie: no falling back to the cookie", async () => {
    const admin = sessions.admin;
    const bad = { Authorization: "Bearer cdk_not-a-real-key-0123456789" };
    const got: string[] = [];
    for (const { route, method } of apiCalls.filter((c) => !isSignOut(c))) {
      if (API[route.pattern]?.[method] === "public") continue;
      got.push(`${method} ${route.url}: ${await call(admin, route, method, bad)}`);
    }
    expect(got.length).toBeGreaterThan(10);
    expect(got.filter((line) => !line.endsWith(": 401"))).toEqual([]);
    // The cookie alone still works, so the 401s above came from the key.
    expect((await admin.get("/api/session")).status()).toBe(200);
    const page = await admin.get("/history", { headers: bad, maxRedirects: 0 });
    expect(page.status()).toBe(307);
    expect(page.headers().location).toMatch(/\/sign-in\?next=/);
  });

  test("pages: not signed in, viewer, operator and admin", async () => {
    const got: string[] = [];
    const want: string[] = [];
    for (const page of pages) {
      const need = PAGES[page.pattern] ?? "admin";
      const outcome = async (context: APIRequestContext) => {
        const response = await context.get(page.url, { maxRedirects: 0 });
        const location = response.headers().location ?? "";
        if (response.status() === 307 && location.includes("/sign-in?next=")) return "unauthenticated";
        return response.status() === 403 ? "forbidden" : response.status() === 401 ? "unauthenticated (401)" : "allowed";
      };
      got.push(`${page.url} as nobody: ${await outcome(anonymous)}`);
      want.push(`${page.url} as nobody: ${expected(need, undefined)}`);
      for (const role of ROLES) {
        got.push(`${page.url} as ${role}: ${await outcome(sessions[role])}`);
        want.push(`${page.url} as ${role}: ${expected(need, role)}`);
      }
    }
    expect(got).toEqual(want);
  });
});

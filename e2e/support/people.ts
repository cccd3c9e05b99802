// People for the account tests: added through the admin API, each holding sessions in its own
// request context, and old cookies replayed on their own to see whether the server still
// takes them.
import { type APIRequestContext, expect, request as playwrightRequest } from "@playwright/test";
import { E2E } from "../../scripts/test-support/e2e-env.mjs";

export const BASE_URL = `http://127.0.0.1:${E2E.appPort}`;
export const PASSWORD = "person-E2E-pass-42";

let counter = 0;
/** An email no earlier test (or run on the same data folder) used. */
export function uniqueEmail(name: string): string {
  return `${name}-${Date.now().toString(36)}-${counter++}@e2e.example.com`;
}

export async function addPerson(admin: APIRequestContext, role: "viewer" | "operator" | "admin", email = uniqueEmail(role)) {
  const response = await admin.post("/api/users", { data: { email, role, password: PASSWORD } });
  expect(response.status(), await response.text()).toBe(201);
  const { user } = (await response.json()) as { user: { id: string; email: string } };
  return user;
}

/** A fresh client (its own cookie jar) signed in as `email`. */
export async function signedInClient(email: string, password = PASSWORD): Promise<APIRequestContext> {
  const client = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const response = await client.post("/api/session", { data: { email, password } });
  expect(response.status(), await response.text()).toBe(204);
  return client;
}

/** The session cookie a client holds, as a Cookie header to replay. */
export async function copiedCookie(client: APIRequestContext): Promise<string> {
  const { cookies } = await client.storageState();
  const session = cookies.find((cookie) => cookie.name.endsWith("catapult_dash_session"));
  if (!session) throw new Error("no session cookie");
  return `${session.name}=${session.value}`;
}

/** The status GET /api/session answers a bare request carrying only `cookie`. */
export async function replayStatus(cookie: string): Promise<number> {
  const bare = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const status = (await bare.get("/api/session", { headers: { Cookie: cookie } })).status();
  await bare.dispose();
  return status;
}

/** The newest audit entry of `action` about `userEmail`. */
export async function latestAudit(admin: APIRequestContext, action: string, userEmail: string) {
  const response = await admin.get(`/api/audit?action=${action}&target=${encodeURIComponent(userEmail)}`);
  expect(response.status()).toBe(200);
  const { entries } = (await response.json()) as { entries: { actor: { label: string }; target: { userEmail: string }; outcome: string; detail: Record<string, unknown> | null }[] };
  return entries[0];
}

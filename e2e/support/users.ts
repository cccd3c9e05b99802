// People for the role tests, written straight into the e2e app's database (its DATA_DIR), in
// Better Auth's own shape: a user row and a credential account with a Better Auth scrypt hash.
// Straight to the database rather than through /api/users so these specs do not depend on the
// Users page; the app reads roles and the disabled flag on every request, so a change made here
// counts from the next request on, which is also how the specs change a role or disable someone.
import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import { hashPassword } from "better-auth/crypto";
import { withAppDatabase } from "./app-database";

export type TestRole = "viewer" | "operator" | "admin";

export interface TestUser {
  email: string;
  password: string;
  role: TestRole;
}

/** Each spec passes its own tag, so specs sharing the database never share a person. */
export function testUser(tag: string, role: TestRole): TestUser {
  return { email: `${role}-${tag}@e2e.example.com`, password: `${role}-E2E-pass-${tag}`, role };
}

/** Creates the person (or resets their role, password and disabled flag). */
export async function ensureUser(user: TestUser): Promise<void> {
  const hash = await hashPassword(user.password);
  const now = new Date().toISOString();
  await withAppDatabase((db) =>
    db.transaction().execute(async (trx) => {
      const found = await trx.selectFrom("auth_user").select("id").where("email", "=", user.email).executeTakeFirst();
      const id = found?.id ?? randomUUID();
      if (found) await trx.updateTable("auth_user").set({ role: user.role, banned: 0, updatedAt: now }).where("id", "=", id).execute();
      else await trx.insertInto("auth_user").values({ id, name: user.email, email: user.email, emailVerified: 0, createdAt: now, updatedAt: now, role: user.role, banned: 0, image: null, banReason: null, banExpires: null }).execute();
      await trx.deleteFrom("auth_account").where("userId", "=", id).where("providerId", "=", "credential").execute();
      await trx.insertInto("auth_account").values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash, createdAt: now, updatedAt: now }).execute();
    }),
  );
}

export async function setRole(email: string, role: TestRole): Promise<void> {
  const result = await withAppDatabase((db) => db.updateTable("auth_user").set({ role }).where("email", "=", email).executeTakeFirst());
  expect(Number(result.numUpdatedRows)).toBe(1);
}

/** Disables (bans) or enables the person, as the Users page's "Disable" does. */
export async function setDisabled(email: string, disabled: boolean): Promise<void> {
  const result = await withAppDatabase((db) => db.updateTable("auth_user").set({ banned: disabled ? 1 : 0 }).where("email", "=", email).executeTakeFirst());
  expect(Number(result.numUpdatedRows)).toBe(1);
}

/** Every value stored for API keys, as text (to check a key is kept only as a hash). */
export async function storedApiKeyText(): Promise<string> {
  return JSON.stringify(await withAppDatabase((db) => db.selectFrom("auth_apikey").selectAll().execute()));
}

/** Signs a request context in as `user` (its cookie jar keeps the session). */
export async function signInAs(request: APIRequestContext, user: TestUser): Promise<void> {
  const response = await request.post("/api/session", { data: { email: user.email, password: user.password } });
  expect(response.status(), `sign-in as ${user.email}`).toBe(204);
}

/** Makes an API key for `user`, whose session `request` holds (a viewer is raised to operator for it, then set back). */
export async function createKeyFor(request: APIRequestContext, user: TestUser, name: string): Promise<string> {
  if (user.role === "viewer") await setRole(user.email, "operator");
  try {
    const response = await request.post("/api/api-keys", { data: { name } });
    expect(response.status(), `key for ${user.email}`).toBe(201);
    return ((await response.json()) as { secret: string }).secret;
  } finally {
    if (user.role === "viewer") await setRole(user.email, "viewer");
  }
}

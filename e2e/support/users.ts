// People for the role tests, written straight into the e2e app's database (its DATA_DIR), in
// Better Auth's own shape: a user row and a credential account with a Better Auth scrypt hash.
// Straight to the database rather than through /api/users so these specs do not depend on the
// Users page; the app reads roles and the disabled flag on every request, so a change made here
// counts from the next request on, which is also how the specs change a role or disable someone.
import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import Database from "better-sqlite3";
import { hashPassword } from "better-auth/crypto";

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

function withDb<T>(run: (db: Database.Database) => T): T {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set (playwright.config.ts sets it)");
  const db = new Database(path.join(dataDir, "dashboard.sqlite"));
  db.pragma("busy_timeout = 5000");
  try {
    return run(db);
  } finally {
    db.close();
  }
}

/** Creates the person (or resets their role, password and disabled flag). */
export async function ensureUser(user: TestUser): Promise<void> {
  const hash = await hashPassword(user.password);
  const now = new Date().toISOString();
  withDb((db) =>
    db.transaction(() => {
      const found = db.prepare("SELECT id FROM auth_user WHERE email = ?").get(user.email) as { id: string } | undefined;
      const id = found?.id ?? randomUUID();
      if (found) db.prepare(`UPDATE auth_user SET role = ?, banned = 0, "updatedAt" = ? WHERE id = ?`).run(user.role, now, id);
      else db.prepare(`INSERT INTO auth_user (id, name, email, "emailVerified", "createdAt", "updatedAt", role, banned) VALUES (?, ?, ?, 0, ?, ?, ?, 0)`).run(id, user.email, user.email, now, now, user.role);
      db.prepare(`DELETE FROM auth_account WHERE "userId" = ? AND "providerId" = 'credential'`).run(id);
      db.prepare(`INSERT INTO auth_account (id, "accountId", "providerId", "userId", password, "createdAt", "updatedAt") VALUES (?, ?, 'credential', ?, ?, ?, ?)`).run(randomUUID(), id, id, hash, now, now);
    })(),
  );
}

export function setRole(email: string, role: TestRole): void {
  withDb((db) => expect(db.prepare("UPDATE auth_user SET role = ? WHERE email = ?").run(role, email).changes).toBe(1));
}

/** Disables (bans) or enables the person, as the Users page's "Disable" does. */
export function setDisabled(email: string, disabled: boolean): void {
  withDb((db) => expect(db.prepare("UPDATE auth_user SET banned = ? WHERE email = ?").run(disabled ? 1 : 0, email).changes).toBe(1));
}

/** Every value stored for API keys, as text (to check a key is kept only as a hash). */
export function storedApiKeyText(): string {
  return withDb((db) => JSON.stringify(db.prepare("SELECT * FROM auth_apikey").all()));
}

/** Signs a request context in as `user` (its cookie jar keeps the session). */
export async function signInAs(request: APIRequestContext, user: TestUser): Promise<void> {
  const response = await request.post("/api/session", { data: { email: user.email, password: user.password } });
  expect(response.status(), `sign-in as ${user.email}`).toBe(204);
}

/** Makes an API key for `user`, whose session `request` holds (a viewer is raised to operator for it, then set back). */
export async function createKeyFor(request: APIRequestContext, user: TestUser, name: string): Promise<string> {
  if (user.role === "viewer") setRole(user.email, "operator");
  try {
    const response = await request.post("/api/api-keys", { data: { name } });
    expect(response.status(), `key for ${user.email}`).toBe(201);
    return ((await response.json()) as { secret: string }).secret;
  } finally {
    if (user.role === "viewer") setRole(user.email, "viewer");
  }
}

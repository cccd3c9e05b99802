// Better Auth on each dialect, through our Kysely instance and our migrations' tables: it
// creates people, sessions and API keys there, and our own readers of its tables see them
// with the same shapes on SQLite (ISO text, 0/1) and Postgres (timestamptz, boolean).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { betterAuth } from "better-auth";
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/server/auth";
import { parseServerEnv } from "@/lib/env";
import { TEST_DIALECTS, useTestDatabase } from "@/scripts/test-support/test-databases";
import { findApiKeyRow, listApiKeyRows } from "./api-keys";
import { countUsers, deleteSession, findUserByEmail, findUserById, hasPassword } from "./auth-users";
import type { Db } from "./database";
import { dialectOf } from "./dialect";

const env = parseServerEnv({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "auth-tables-")) });
const authOn = (db: Db) => betterAuth({ ...authOptions(env), database: { db, type: dialectOf(db), transaction: true } });

describe.each(TEST_DIALECTS)("Better Auth's tables on %s", (dialect) => {
  const store = useTestDatabase(dialect);

  // Better Auth types only its default roles (as lib/auth/server/users.ts notes); ours are plain text to it.
  it("keeps people, sessions and API keys where our readers find them", async () => {
    const { db } = store();
    const auth = authOn(db);
    expect(await countUsers(db)).toBe(0);
    const { user } = await auth.api.createUser({ body: { email: "ana@example.com", name: "Ana", password: "a-long-enough-password", role: "operator" as "admin" } });
    await auth.api.createUser({ body: { email: "bo@example.com", name: "Bo", role: "viewer" as "admin" } });
    expect(await countUsers(db)).toBe(2);

    const found = await findUserByEmail("ANA@Example.com", db);
    expect(found).toEqual({ id: user.id, email: "ana@example.com", name: "Ana", role: "operator", banned: false, createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(Date.parse(found!.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await hasPassword(user.id, db)).toBe(true);
    const bo = await findUserByEmail("bo@example.com", db);
    expect(await hasPassword(bo!.id, db)).toBe(false);

    await (await auth.$context).internalAdapter.updateUser(bo!.id, { banned: true });
    expect((await findUserById(bo!.id, db))?.banned).toBe(true);

    const signedIn = await auth.api.signInEmail({ body: { email: "ana@example.com", password: "a-long-enough-password" } });
    const sessions = await db.selectFrom("auth_session").select("id").where("userId", "=", user.id).execute();
    expect(sessions).toHaveLength(1);
    expect(signedIn.token).toEqual(expect.any(String));
    await deleteSession(sessions[0]!.id, db);
    expect(await db.selectFrom("auth_session").select("id").execute()).toEqual([]);

    const key = await auth.api.createApiKey({ body: { userId: user.id, name: "ci", expiresIn: 86_400 } });
    const row = await findApiKeyRow(key.id, db);
    expect(row).toEqual({
      id: key.id, name: "ci", start: expect.stringMatching(/^cdk_/), ownerId: user.id, ownerEmail: "ana@example.com",
      createdAt: expect.stringMatching(/Z$/), lastRequest: null, expiresAt: expect.stringMatching(/Z$/),
    });
    expect(Date.parse(row!.expiresAt!) - Date.parse(row!.createdAt)).toBeGreaterThan(86_000_000);
    expect((await auth.api.verifyApiKey({ body: { key: key.key } })).valid).toBe(true);
    expect((await listApiKeyRows(undefined, db)).map((k) => k.id)).toEqual([key.id]);
    expect(await listApiKeyRows(bo!.id, db)).toEqual([]);
  });
});

import "server-only";
// Reads of Better Auth's tables that its API does not offer in one call. Writes go through
// Better Auth (lib/auth/server/), except ending sessions past their absolute lifetime.
import { sql } from "kysely";
import { getDb } from "./database";
import type { Db } from "./dialect";
import { authIso } from "./auth-values";

export interface AuthUserRow {
  id: string;
  email: string;
  name: string;
  role: string | null;
  /** Disabled (Better Auth's admin plugin "bans"). */
  banned: boolean;
  /** ISO 8601. */
  createdAt: string;
}

const USER_COLUMNS = ["id", "email", "name", "role", "banned", "createdAt"] as const;

function toUser(row: { id: string; email: string; name: string; role: string | null; banned: number | boolean | null; createdAt: string | Date }): AuthUserRow {
  return { ...row, banned: !!row.banned, createdAt: authIso(row.createdAt) };
}

export async function countUsers(db: Db = getDb()): Promise<number> {
  const { n } = await db.selectFrom("auth_user").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(n);
}

export async function findUserById(id: string, db: Db = getDb()): Promise<AuthUserRow | undefined> {
  const row = await db.selectFrom("auth_user").select(USER_COLUMNS).where("id", "=", id).executeTakeFirst();
  return row && toUser(row);
}

export async function findUserByEmail(email: string, db: Db = getDb()): Promise<AuthUserRow | undefined> {
  const row = await db
    .selectFrom("auth_user")
    .select(USER_COLUMNS)
    .where((eb) => sql<boolean>`lower(${eb.ref("email")}) = lower(${email})`)
    .executeTakeFirst();
  return row && toUser(row);
}

/** Whether the user can sign in with a password (has a credential account with one). */
export async function hasPassword(userId: string, db: Db = getDb()): Promise<boolean> {
  const row = await db
    .selectFrom("auth_account")
    .select("id")
    .where("userId", "=", userId)
    .where("providerId", "=", "credential")
    .where("password", "is not", null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteSession(id: string, db: Db = getDb()): Promise<void> {
  await db.deleteFrom("auth_session").where("id", "=", id).execute();
}

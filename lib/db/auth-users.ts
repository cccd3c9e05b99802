import "server-only";
// Reads of Better Auth's tables that its API does not offer in one call. Writes go through
// Better Auth (lib/auth/server/), except ending sessions past their absolute lifetime.
import type Database from "better-sqlite3";
import { getDb } from "./database";

export interface AuthUserRow {
  id: string;
  email: string;
  name: string;
  role: string | null;
  banned: number | null;
  createdAt: string;
}

export function countUsers(db: Database.Database = getDb()): number {
  return (db.prepare("SELECT COUNT(*) AS n FROM auth_user").get() as { n: number }).n;
}

export function findUserById(id: string, db: Database.Database = getDb()): AuthUserRow | undefined {
  return db.prepare(`SELECT id, email, name, role, banned, createdAt FROM auth_user WHERE id = ?`).get(id) as AuthUserRow | undefined;
}

export function findUserByEmail(email: string, db: Database.Database = getDb()): AuthUserRow | undefined {
  return db.prepare(`SELECT id, email, name, role, banned, createdAt FROM auth_user WHERE email = ? COLLATE NOCASE`).get(email) as AuthUserRow | undefined;
}

/** Whether the user can sign in with a password (has a credential account with one). */
export function hasPassword(userId: string, db: Database.Database = getDb()): boolean {
  return !!db.prepare(`SELECT 1 FROM auth_account WHERE "userId" = ? AND "providerId" = 'credential' AND password IS NOT NULL`).get(userId);
}

export function deleteSession(id: string, db: Database.Database = getDb()): void {
  db.prepare("DELETE FROM auth_session WHERE id = ?").run(id);
}

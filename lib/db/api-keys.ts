import "server-only";
// Reads of Better Auth's API-key table with each key's owner, which its API does not offer
// (it lists one user's keys, for that user's own session). Never the key's hash.
import type Database from "better-sqlite3";
import { getDb } from "./database";

export interface ApiKeyRow {
  id: string;
  name: string | null;
  start: string | null;
  ownerId: string;
  ownerEmail: string;
  createdAt: string;
  lastRequest: string | null;
  expiresAt: string | null;
}

const SELECT = `SELECT k.id, k.name, k.start, k."referenceId" AS ownerId, u.email AS ownerEmail,
  k."createdAt" AS createdAt, k."lastRequest" AS lastRequest, k."expiresAt" AS expiresAt
  FROM auth_apikey k JOIN auth_user u ON u.id = k."referenceId"`;

/** Keys newest first: one owner's, or everyone's when `ownerId` is undefined. */
export function listApiKeyRows(ownerId: string | undefined, db: Database.Database = getDb()): ApiKeyRow[] {
  return ownerId === undefined
    ? (db.prepare(`${SELECT} ORDER BY k."createdAt" DESC, k.id`).all() as ApiKeyRow[])
    : (db.prepare(`${SELECT} WHERE k."referenceId" = ? ORDER BY k."createdAt" DESC, k.id`).all(ownerId) as ApiKeyRow[]);
}

export function findApiKeyRow(id: string, db: Database.Database = getDb()): ApiKeyRow | undefined {
  return db.prepare(`${SELECT} WHERE k.id = ?`).get(id) as ApiKeyRow | undefined;
}

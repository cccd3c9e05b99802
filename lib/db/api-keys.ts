import "server-only";
// Reads of Better Auth's API-key table with each key's owner, which its API does not offer
// (it lists one user's keys, for that user's own session). Never the key's hash.
import { authIso, authIsoOrNull } from "./auth-values";
import { getDb } from "./database";
import type { Db } from "./dialect";

export interface ApiKeyRow {
  id: string;
  name: string | null;
  start: string | null;
  ownerId: string;
  ownerEmail: string;
  /** ISO 8601, as the dates below. */
  createdAt: string;
  lastRequest: string | null;
  expiresAt: string | null;
}

function keysWithOwners(db: Db) {
  return db
    .selectFrom("auth_apikey as k")
    .innerJoin("auth_user as u", "u.id", "k.referenceId")
    .select(["k.id", "k.name", "k.start", "k.referenceId as ownerId", "u.email as ownerEmail", "k.createdAt", "k.lastRequest", "k.expiresAt"]);
}

function toRow(row: Awaited<ReturnType<ReturnType<typeof keysWithOwners>["execute"]>>[number]): ApiKeyRow {
  return { ...row, createdAt: authIso(row.createdAt), lastRequest: authIsoOrNull(row.lastRequest), expiresAt: authIsoOrNull(row.expiresAt) };
}

/** Keys newest first: one owner's, or everyone's when `ownerId` is undefined. */
export async function listApiKeyRows(ownerId: string | undefined, db: Db = getDb()): Promise<ApiKeyRow[]> {
  const rows = await keysWithOwners(db)
    .$if(ownerId !== undefined, (q) => q.where("k.referenceId", "=", ownerId!))
    .orderBy("k.createdAt", "desc")
    .orderBy("k.id")
    .execute();
  return rows.map(toRow);
}

export async function findApiKeyRow(id: string, db: Db = getDb()): Promise<ApiKeyRow | undefined> {
  const row = await keysWithOwners(db).where("k.id", "=", id).executeTakeFirst();
  return row && toRow(row);
}

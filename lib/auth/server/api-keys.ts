import "server-only";
// API keys: each operator or admin makes and revokes their own; an admin also sees and revokes
// everyone's. Better Auth makes the key (stored as a SHA-256 hash) and deletes it; a key acts
// with its owner's role at the time of each request (./actor.ts). Someone else's key is "not
// found" to a non-admin, so ids of other people's keys cannot be probed.
import type { AuditContext } from "@/lib/audit/server/record";
import { audited } from "@/lib/audit/server/record";
import type { ApiKeyCreatedResponse, ApiKeySummary } from "@/lib/auth/api-keys-contract";
import { hasRole } from "@/lib/auth/roles";
import { type ApiKeyRow, findApiKeyRow, listApiKeyRows } from "@/lib/db/api-keys";
import { DomainError } from "@/lib/domain-error";
import type { Actor } from "./actor";
import { getAuth } from "./auth";

/** The actor's own keys, or with `everyone` (admins only; the route checks) all keys. */
export async function listApiKeys(actor: Actor, everyone: boolean): Promise<ApiKeySummary[]> {
  return (await listApiKeyRows(everyone ? undefined : actor.userId)).map(toSummary);
}

export async function createApiKey(actor: Actor, input: { name: string; expiresInDays: number | null }, context: AuditContext): Promise<ApiKeyCreatedResponse> {
  const facts = { target: { userEmail: actor.email }, detail: { name: input.name } };
  return audited(context, "api-key.create", facts, async () => {
    // A server-side call (no headers): Better Auth takes the owner from the body.
    const created = await getAuth().api.createApiKey({
      body: { userId: actor.userId, name: input.name, expiresIn: input.expiresInDays === null ? null : input.expiresInDays * 86_400 },
    });
    const row = await findApiKeyRow(created.id);
    if (!row) throw new Error("The new API key was not found after it was created");
    return { key: toSummary(row), secret: created.key };
  });
}

export async function revokeApiKey(actor: Actor, keyId: string, context: AuditContext): Promise<void> {
  const row = await findApiKeyRow(keyId);
  if (!row || (row.ownerId !== actor.userId && !hasRole(actor.role, "admin"))) {
    throw new DomainError("not_found", "There is no API key with this id among the keys you can revoke.");
  }
  await audited(context, "api-key.revoke", { target: { userEmail: row.ownerEmail }, detail: { name: row.name } }, async () => {
    const { adapter } = await getAuth().$context;
    await adapter.delete({ model: "apikey", where: [{ field: "id", value: keyId }] });
  });
}

function toSummary(row: ApiKeyRow): ApiKeySummary {
  return {
    id: row.id,
    name: row.name ?? "",
    start: row.start,
    owner: { id: row.ownerId, email: row.ownerEmail },
    createdAt: Date.parse(row.createdAt),
    lastUsedAt: row.lastRequest ? Date.parse(row.lastRequest) : null,
    expiresAt: row.expiresAt ? Date.parse(row.expiresAt) : null,
  };
}

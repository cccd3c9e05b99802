import "server-only";
// Who is behind a request: a person's session (cookie) or an API key (Authorization: Bearer),
// with the role they have now. A disabled user's sessions and keys stop at once; a session
// past its absolute lifetime (SESSION_MAX_HOURS) is ended here whatever its idle time.
import { type AuditActor, apiKeyActorLabel } from "@/lib/audit/contract";
import { deleteSession, findUserById } from "@/lib/db/auth-users";
import { getEnv } from "@/lib/env";
import { clientAddress } from "@/lib/server/client-address";
import { hasRole, type Role } from "@/lib/auth/roles";
import { CLIENT_ADDRESS_HEADER, getAuth } from "./auth";

export type Actor =
  | { type: "user"; userId: string; email: string; role: Role; sessionId: string }
  | { type: "api-key"; keyId: string; keyName: string | null; keyStart: string | null; userId: string; email: string; role: Role };

/** The actor as the audit log records it. */
export function auditActor(actor: Actor): AuditActor {
  return actor.type === "user"
    ? { type: "user", id: actor.userId, email: actor.email }
    : { type: "api-key", id: actor.keyId, label: apiKeyActorLabel(actor.email, actor.keyName, actor.keyStart) };
}

export async function resolveActor(headers: Headers): Promise<Actor | null> {
  const authorization = headers.get("authorization");
  if (authorization !== null) return apiKeyActor(authorization);
  if (!headers.get("cookie")) return null;
  const found = await getAuth().api.getSession({ headers });
  if (!found) return null;
  const { session } = found;
  const user = found.user as typeof found.user & { role?: string | null; banned?: boolean | null };
  const role = user.role ?? "";
  if (user.banned || !hasRole(role, "viewer")) return null;
  if (Date.now() - new Date(session.createdAt).getTime() >= getEnv().sessions.maxHours * 3_600_000) {
    await deleteSession(session.id);
    return null;
  }
  return { type: "user", userId: user.id, email: user.email, role: role as Role, sessionId: session.id };
}

async function apiKeyActor(authorization: string): Promise<Actor | null> {
  const match = /^Bearer\s+(\S{10,512})$/i.exec(authorization.trim());
  if (!match) return null;
  const result = await getAuth().api.verifyApiKey({ body: { key: match[1]! } });
  if (!result.valid || !result.key) return null;
  const owner = await findUserById(result.key.referenceId);
  if (!owner || owner.banned || !hasRole(owner.role, "viewer")) return null;
  return {
    type: "api-key",
    keyId: result.key.id,
    keyName: result.key.name ?? null,
    keyStart: result.key.start ?? null,
    userId: owner.id,
    email: owner.email,
    role: owner.role as Role,
  };
}

/** Headers for a call into Better Auth: the request's, with the client address as we trust it. */
export function authHeaders(request: Pick<Request, "headers">): Headers {
  const headers = new Headers(request.headers);
  headers.delete(CLIENT_ADDRESS_HEADER);
  const address = clientAddress(request);
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
  return headers;
}

// The actor api-route resolved for a request, for the audit context of the handler it calls.
const actors = new WeakMap<object, Actor>();

export function bindActor(request: object, actor: Actor): void {
  actors.set(request, actor);
}

export function boundActor(request: object): Actor | undefined {
  return actors.get(request);
}

import "server-only";
// Who is behind a request, for the audit log: the actor api-route resolved (a person or an
// API key), or "not signed in" on public routes, with the address as trusted.
import type { NextRequest } from "next/server";
import { auditActor, boundActor } from "@/lib/auth/server/actor";
import { clientAddress } from "@/lib/server/client-address";
import type { AuditContext } from "./record";

export function requestAuditContext(request: Pick<NextRequest, "headers">): AuditContext {
  const actor = boundActor(request);
  return { actor: actor ? auditActor(actor) : { type: "anonymous" }, sourceAddress: clientAddress(request) };
}

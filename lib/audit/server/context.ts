import "server-only";
// Who is behind a request. Today every session is the one shared admin; per-person accounts
// will read the actor from the session here, and nothing that records entries changes.
import type { NextRequest } from "next/server";
import { clientAddress } from "@/lib/server/client-address";
import type { AuditContext } from "./record";

export function requestAuditContext(request: Pick<NextRequest, "headers">): AuditContext {
  return { actor: { type: "shared-admin" }, sourceAddress: clientAddress(request) };
}

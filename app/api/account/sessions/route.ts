// One's own sessions (GET), and "sign out everywhere" (DELETE), this browser included.
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/server/api-route";
import { requestAuditContext } from "@/lib/audit/server/context";
import { endAllOwnSessions, listOwnSessions, personActor } from "@/lib/auth/server/account";
import { boundActor } from "@/lib/auth/server/actor";
import type { OwnSessionsResponse } from "@/lib/auth/users-contract";

export const GET = apiRoute(
  async (request) => Response.json({ sessions: await listOwnSessions(personActor(boundActor(request))) } satisfies OwnSessionsResponse),
  { access: "viewer" },
);

export const DELETE = apiRoute(
  async (request) => {
    const headers = await endAllOwnSessions(requestAuditContext(request), request, personActor(boundActor(request)));
    const response = new NextResponse(null, { status: 204 });
    for (const cookie of headers.getSetCookie()) response.headers.append("Set-Cookie", cookie);
    return response;
  },
  { access: "viewer" },
);

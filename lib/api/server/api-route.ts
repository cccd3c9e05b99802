import "server-only";
// The wrapper every API route handler goes through: who is asking and whether their role
// may (each route declares `access`), same-origin check on changes, and one error envelope.
// Handlers stay thin: parse, call lib/, answer.
import type { NextRequest } from "next/server";
import { bindActor, resolveActor } from "@/lib/auth/server/actor";
import { hasRole, type Role } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/auth/role-words";
import { isCatapultError } from "@/lib/catapult/errors";
import { type DomainErrorKind, isDomainError } from "@/lib/domain-error";
import { ApiError, type ApiErrorCode, isApiError } from "@/lib/api/api-error";
import { catapultToApiError } from "./catapult-to-api-error";
import { apiSecurityHeaders, setHeaders } from "./security-headers";

type Params = Record<string, string | string[] | undefined>;

const DOMAIN_ERROR_CODE: Record<DomainErrorKind, ApiErrorCode> = { invalid: "invalid_request", not_found: "not_found", conflict: "conflict" };

/** Who may call a route: the least role, or "public" (sign-in, and pages' own checks). */
export type RouteAccess = Role | "public";

interface RouteOptions {
  access: RouteAccess;
  /** Noun used in "does not exist" messages. */
  resource?: string;
}

export function apiRoute<P extends Params = Params>(
  handler: (request: NextRequest, params: P) => Promise<Response>,
  options: RouteOptions,
) {
  // Every answer, success or error, JSON or CSV, leaves with the same security headers.
  return async (request: NextRequest, context: { params: Promise<P> }): Promise<Response> =>
    setHeaders(await answer(handler, options, request, context), apiSecurityHeaders());
}

async function answer<P extends Params>(
  handler: (request: NextRequest, params: P) => Promise<Response>,
  options: RouteOptions,
  request: NextRequest,
  context: { params: Promise<P> },
): Promise<Response> {
  try {
    const byKey = request.headers.has("authorization");
    // A browser sends cookies on its own, so changes by cookie must come from our pages; an
    // API key is sent only by code that holds it, so it needs no origin check.
    if (request.method !== "GET" && request.method !== "HEAD" && !byKey) assertSameOrigin(request);
    if (options.access !== "public") {
      const actor = await resolveActor(request.headers);
      if (!actor) {
        throw new ApiError("unauthenticated", byKey ? "That API key is not valid, revoked, or its owner is disabled." : "Sign in to use the dashboard.");
      }
      if (!hasRole(actor.role, options.access)) {
        throw new ApiError("forbidden", `This needs the ${ROLE_LABELS[options.access]} role; ${actor.email} is ${ROLE_LABELS[actor.role]}.`);
      }
      bindActor(request, actor);
    }
    return await handler(request, await context.params);
  } catch (error) {
    if (isApiError(error)) return error.toResponse();
    if (isDomainError(error)) return new ApiError(DOMAIN_ERROR_CODE[error.kind], error.message, error.fields, undefined, error.issues).toResponse();
    if (isCatapultError(error)) {
      if (!["conflict", "validation", "not-found"].includes(error.kind)) {
        console.warn(`[api] ${request.method} ${new URL(request.url).pathname}: Catapult ${error.kind} ${error.status ?? ""} ${error.code ?? ""}`.trim());
      }
      return catapultToApiError(error, options.resource).toResponse();
    }
    // Logged here, by name and stack only; the browser gets nothing it could leak.
    console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed:`, error instanceof Error ? error.stack : String(error));
    return new ApiError("internal_error", "Something went wrong on the dashboard's side. Try again; if it persists, check the server log.").toResponse();
  }
}

/** Changes only from our own pages: browsers say where a request comes from. */
function assertSameOrigin(request: NextRequest): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") {
    throw new ApiError("cross_origin", "Cross-site requests cannot change anything here.");
  }
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(request.url).origin && origin !== forwardedOrigin(request)) {
    throw new ApiError("cross_origin", "Cross-origin requests cannot change anything here.");
  }
}

function forwardedOrigin(request: NextRequest): string | undefined {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return undefined;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? new URL(request.url).protocol.replace(":", "");
  return `${proto}://${host}`;
}

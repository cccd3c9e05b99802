import "server-only";
// The wrapper every API route handler goes through: session, same-origin check on changes,
// and one error envelope. Handlers stay thin: parse, call lib/, answer.
import type { NextRequest } from "next/server";
import { isValidSession, SESSION_COOKIE } from "@/lib/auth/server/session";
import { isCatapultError } from "@/lib/catapult/errors";
import { type DomainErrorKind, isDomainError } from "@/lib/domain-error";
import { ApiError, type ApiErrorCode, isApiError } from "@/lib/api/api-error";
import { catapultToApiError } from "./catapult-to-api-error";
import { apiSecurityHeaders, setHeaders } from "./security-headers";

type Params = Record<string, string | string[] | undefined>;

const DOMAIN_ERROR_CODE: Record<DomainErrorKind, ApiErrorCode> = { invalid: "invalid_request", not_found: "not_found", conflict: "conflict" };

interface RouteOptions {
  /** Only the sign-in route is reachable without a session. */
  public?: boolean;
  /** Noun used in "does not exist" messages. */
  resource?: string;
}

export function apiRoute<P extends Params = Params>(
  handler: (request: NextRequest, params: P) => Promise<Response>,
  options: RouteOptions = {},
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
    if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
    if (!options.public) {
      if (!(await isValidSession(request.cookies.get(SESSION_COOKIE)?.value))) {
        throw new ApiError("unauthenticated", "Sign in to use the dashboard.");
      }
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

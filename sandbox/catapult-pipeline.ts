// One Catapult request, in the order the contract fixes:
// auth -> (user, routing) -> rate limit -> latency -> injected failure -> handler -> lost response.
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { checkBasicAuth } from "./auth";
import { CatapultError } from "./errors";
import { errorReply, writeReply, type Reply } from "./http-io";
import type { Family, Method, Route, RouteContext } from "./routes/context";
import { matchRoute, splitUserPath } from "./routes/route-table";
import type { SandboxState } from "./state";
import { countRequest, countStatus } from "./stats";

const METHODS: readonly string[] = ["GET", "POST", "DELETE"];

function unknownPath(pathname: string): CatapultError {
  return new CatapultError(404, "resource-not-found", `No resource at ${pathname}`, [{ name: "path", value: pathname }]);
}

function methodNotAllowed(method: string, allowed: string[]): CatapultError {
  return new CatapultError(405, "method-not-allowed", `${method} is not allowed here`, [{ name: "method", value: method }], {
    Allow: allowed.join(", "),
  });
}

/** The handler for `method`, or the 404/405 the route (as the settings shape it) answers. */
function handlerFor(route: Route, method: string, state: SandboxState, pathname: string) {
  const handler = METHODS.includes(method) ? route.methods[method as Method] : undefined;
  const withheld = handler ? route.withheld?.(state.faults, method as Method) : null;
  const allowed = Object.keys(route.methods).filter((m) => !route.withheld?.(state.faults, m as Method));
  if (withheld === 404) throw unknownPath(pathname);
  if (!handler || withheld === 405) throw methodNotAllowed(method, allowed);
  return handler;
}

/** The budget a request spends: per resource, or everything under /domains as one (SANDBOX_RATE_LIMIT_SCOPE). */
function budgetOf(state: SandboxState, family: Family): Family {
  return state.faults.rateLimitScope === "path-prefix" && family === "endpoints" ? "domains" : family;
}

function injectedFailure(state: SandboxState): CatapultError {
  return state.random() < 0.5
    ? new CatapultError(500, "internal-server-error", "Internal server error (injected by the sandbox)")
    : new CatapultError(503, "service-unavailable", "Service unavailable (injected by the sandbox)");
}

/** Runs the request up to the reply; returns null when the response must be lost. */
async function replyTo(state: SandboxState, req: IncomingMessage, url: URL, method: string): Promise<Reply | null> {
  const { config, faults, counters } = state;
  const split = splitUserPath(url.pathname);
  const match = split ? matchRoute(split.segments) : null;
  countRequest(counters, method, match?.route.family ?? null);

  checkBasicAuth(req.headers.authorization, config.apiToken, config.apiSecret);
  if (!split) throw unknownPath(url.pathname);
  if (split.userId !== config.userId) {
    // As the docs' error page shows: 401, not 403, for another account's user id.
    throw new CatapultError(401, "user-access-denied", `User ${config.userId} does not have permission to access user ${split.userId}`, [
      { name: "userId", value: split.userId },
    ]);
  }
  if (!match) throw unknownPath(url.pathname);
  const handler = handlerFor(match.route, method, state, url.pathname);

  const rule = { limit: faults.rateLimit, mode: faults.rateLimitMode, burst: faults.rateLimitBurst };
  const decision = state.limiter.take(`${config.userId}:${budgetOf(state, match.route.family)}`, rule);
  if (!decision.allowed) {
    counters.rateLimited += 1;
    const reset = String(decision.resetAt);
    throw new CatapultError(429, "rate-limit-reached", `Rate limit of ${faults.rateLimit} request(s) per second reached`, [
      { name: "rateLimitResetTime", value: reset },
    ], { "X-RateLimit-Reset": reset });
  }
  if (faults.latencyMs > 0) await sleep(faults.latencyMs);
  if (faults.failRate > 0 && state.random() < faults.failRate) {
    counters.injectedFailures += 1;
    throw injectedFailure(state);
  }

  const ctx: RouteContext = {
    req,
    url,
    params: match.params,
    store: state.store,
    config,
    settings: faults,
    fallbackHost: `${config.host}:${config.port}`,
  };
  const reply = await handler(ctx);
  if (reply.endpointCreated) {
    counters.created += 1;
    if (faults.lostResponseRate > 0 && state.random() < faults.lostResponseRate) return null;
  }
  return reply;
}

export async function serveCatapult(state: SandboxState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const method = req.method ?? "GET";
  let reply: Reply | null;
  try {
    reply = await replyTo(state, req, url, method);
  } catch (error) {
    if (!(error instanceof CatapultError)) {
      // Logged without the request: bodies may hold passwords.
      console.error(`sandbox: unexpected error on ${method} ${url.pathname}:`, (error as Error).message);
    }
    reply = errorReply(error instanceof CatapultError ? error : new CatapultError(500, "internal-server-error", "Internal server error"));
  }
  if (reply === null) {
    // The create took effect; the client sees the connection drop with no answer at all.
    state.counters.lostResponses += 1;
    req.socket.destroy();
    return;
  }
  countStatus(state.counters, reply.status);
  writeReply(res, reply);
}

// /_sandbox/*: not Catapult. Lets tests and benchmarks look at and steer the sandbox.
// Same Basic auth as the API; never rate limited, delayed, failed or counted.
import type { IncomingMessage, ServerResponse } from "node:http";
import { checkBasicAuth } from "./auth";
import { faultProblems, type SandboxFaults } from "./config";
import { CatapultError, notFound, validationError } from "./errors";
import { errorReply, readJsonObject, writeReply, type Reply } from "./http-io";
import { endpointJson } from "./representations";
import { hashPassword } from "./store";
import type { SandboxState } from "./state";
import type { SandboxStats } from "./stats";

export type SandboxControls = {
  reset(): void;
  stats(): SandboxStats;
  setFaults(partial: Partial<SandboxFaults>): void;
};

function allEndpoints(state: SandboxState, domainId: string | null) {
  const domains = [...state.store.domains.values()].filter((d) => domainId === null || d.id === domainId);
  if (domainId !== null && domains.length === 0) throw notFound("domain-not-found", "Domain", domainId);
  // In the public shape under the current styles, but always with `id`: tests need it.
  return domains.flatMap((domain) => state.store.listEndpoints(domain.id).map((e) => endpointJson(e, domain, state.faults)));
}

/**
 * What a SIP REGISTER would find out: whether `password` is the endpoint's password now. The
 * answer is only yes or no; the stored hash never leaves the sandbox.
 */
function checkPassword(state: SandboxState, body: Record<string, unknown>): { matches: boolean } {
  const { domainId, endpointId, password } = body;
  if (typeof domainId !== "string" || typeof endpointId !== "string" || typeof password !== "string") {
    throw validationError([{ name: "body", value: "domainId, endpointId and password must be strings" }], "Invalid check");
  }
  const endpoint = state.store.getEndpoint(domainId, endpointId);
  if (!endpoint) throw notFound("endpoint-not-found", "Endpoint", endpointId);
  return { matches: endpoint.passwordHash === hashPassword(password) };
}

async function adminReply(state: SandboxState, controls: SandboxControls, req: IncomingMessage, url: URL): Promise<Reply> {
  checkBasicAuth(req.headers.authorization, state.config.apiToken, state.config.apiSecret);
  const route = `${req.method} ${url.pathname}`;
  switch (route) {
    case "GET /_sandbox/stats":
      return { status: 200, json: controls.stats() };
    case "GET /_sandbox/endpoints":
      return { status: 200, json: allEndpoints(state, url.searchParams.get("domainId")) };
    case "POST /_sandbox/faults": {
      const body = await readJsonObject(req);
      const problems = faultProblems(body);
      if (problems.length > 0) throw validationError(problems, "Invalid or unknown settings");
      controls.setFaults(body as Partial<SandboxFaults>);
      return { status: 200, json: state.faults };
    }
    case "POST /_sandbox/reset":
      controls.reset();
      return { status: 200, json: { reset: true } };
    case "POST /_sandbox/check-password":
      return { status: 200, json: checkPassword(state, await readJsonObject(req)) };
  }
  const known = ["/_sandbox/stats", "/_sandbox/endpoints", "/_sandbox/faults", "/_sandbox/reset", "/_sandbox/check-password"];
  if (known.includes(url.pathname)) {
    throw new CatapultError(405, "method-not-allowed", `${req.method} is not allowed here`);
  }
  throw new CatapultError(404, "resource-not-found", `No sandbox resource at ${url.pathname}`);
}

export async function serveAdmin(
  state: SandboxState,
  controls: SandboxControls,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  let reply: Reply;
  try {
    reply = await adminReply(state, controls, req, url);
  } catch (error) {
    reply = errorReply(error instanceof CatapultError ? error : new CatapultError(500, "internal-server-error", "Internal server error"));
  }
  writeReply(res, reply);
}

// The in-process API: builds one sandbox (state + HTTP server) without listening, so tests
// pick their own port (0) and server.ts picks the configured one.
import { createServer, type Server } from "node:http";
import { serveAdmin, type SandboxControls } from "./admin";
import { serveCatapult } from "./catapult-pipeline";
import { faultProblems, type SandboxConfig, type SandboxFaults } from "./config";
import { createState, resetState } from "./state";
import type { SandboxStats } from "./stats";

export { readSandboxConfig, SandboxConfigError, DEMO_CREDENTIALS } from "./config";
export type { SandboxConfig, SandboxFaults, SandboxSettings } from "./config";
export type { SandboxStats } from "./stats";

export type Sandbox = SandboxControls & { server: Server };

// Origin-form targets ("/v1/...") are appended rather than resolved, so "//x" stays a path.
function requestUrl(target = "/"): URL {
  try {
    return target.startsWith("/") ? new URL(`http://sandbox.invalid${target}`) : new URL(target);
  } catch {
    return new URL("http://sandbox.invalid/");
  }
}

/** Throws SandboxConfigError (naming SANDBOX_SEED) when the seed cannot be loaded. */
export function createSandbox(config: SandboxConfig): Sandbox {
  const state = createState(config);

  const controls: SandboxControls = {
    reset: () => resetState(state),
    stats: (): SandboxStats => {
      const endpoints: Record<string, number> = {};
      for (const id of state.store.domains.keys()) endpoints[id] = state.store.endpointCount(id);
      // A deep copy: callers compare snapshots taken at different times.
      return structuredClone({ ...state.counters, endpoints });
    },
    setFaults: (partial: Partial<SandboxFaults>) => {
      const problems = faultProblems(partial);
      if (problems.length > 0) {
        throw new Error(`Invalid or unknown settings: ${problems.map((p) => `${p.name}=${p.value}`).join(", ")}`);
      }
      const before = state.faults;
      const given = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
      state.faults = { ...before, ...given };
      // A new way of counting starts with fresh budgets rather than state kept another way.
      const counting = ["rateLimitMode", "rateLimitScope", "rateLimitBurst"] as const;
      if (counting.some((key) => state.faults[key] !== before[key])) state.limiter.clear();
    },
  };

  const server = createServer((req, res) => {
    const url = requestUrl(req.url);
    const served = url.pathname.startsWith("/_sandbox/")
      ? serveAdmin(state, controls, req, res, url)
      : serveCatapult(state, req, res, url);
    served.catch((error: unknown) => {
      console.error("sandbox: failed to answer:", (error as Error).message);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  return { server, ...controls };
}

// Counters for GET /_sandbox/stats. Admin requests are not counted: they are the observer.
import type { Family } from "./routes/context";

export type SandboxStats = {
  requests: {
    total: number;
    byFamily: Record<Family, number>;
    byStatus: Record<string, number>;
    byMethod: Record<string, number>;
  };
  /** Endpoint creates that took effect, including those whose response was lost. */
  created: number;
  rateLimited: number;
  injectedFailures: number;
  lostResponses: number;
  /** Current endpoint count per domain id. */
  endpoints: Record<string, number>;
};

export type Counters = Omit<SandboxStats, "endpoints">;

export function emptyCounters(): Counters {
  return {
    requests: { total: 0, byFamily: { domains: 0, endpoints: 0, applications: 0 }, byStatus: {}, byMethod: {} },
    created: 0,
    rateLimited: 0,
    injectedFailures: 0,
    lostResponses: 0,
  };
}

export function countRequest(counters: Counters, method: string, family: Family | null): void {
  counters.requests.total += 1;
  counters.requests.byMethod[method] = (counters.requests.byMethod[method] ?? 0) + 1;
  if (family) counters.requests.byFamily[family] += 1;
}

export function countStatus(counters: Counters, status: number): void {
  const key = String(status);
  counters.requests.byStatus[key] = (counters.requests.byStatus[key] ?? 0) + 1;
}

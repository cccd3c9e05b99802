// Catapult's documented limit: N requests per 1000 ms per resource. Modelled as a fixed
// window that opens with the first request after the previous window ended, so a client
// that waits until `X-RateLimit-Reset` is always let through.

export const RATE_WINDOW_MS = 1000;

type Window = { startsAt: number; count: number };

export type RateDecision = { allowed: true } | { allowed: false; resetAt: number };

export class FixedWindowRateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts the request if allowed; a refused request does not count. `limit` 0 = off. */
  take(key: string, limit: number): RateDecision {
    if (limit <= 0) return { allowed: true };
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now >= window.startsAt + RATE_WINDOW_MS) {
      window = { startsAt: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= limit) return { allowed: false, resetAt: window.startsAt + RATE_WINDOW_MS };
    window.count += 1;
    return { allowed: true };
  }

  clear(): void {
    this.windows.clear();
  }
}

import "server-only";
// One pacer per Catapult budget and account, shared by every request of this server process
// (single form creates and bulk jobs alike), so the process as a whole stays under
// Catapult's limit. Requests are spaced evenly, one every 1000/R ms, never in bursts: the
// docs do not say how Catapult counts (fixed windows, sliding windows, a token bucket, a
// minimum gap), and only evenly spaced requests stay under every one of them.
import PQueue from "p-queue";
import { processSingleton } from "@/lib/server/process-singleton";

/**
 * Which budget a call spends. The docs do not say whether /domains/{id}/endpoints/... counts
 * against the domains limit or the endpoints limit, so everything under /domains shares one
 * budget: safe under either reading. Applications keep their own.
 */
export type Budget = "domains" | "applications";

/**
 * Added to each gap: absorbs timer and network jitter between us and Catapult. Jitter is a
 * few milliseconds whatever the rate, so the share is capped: at Catapult's default of 1/s an
 * uncapped 5 % would add 3 s to every minute of a job and buy nothing.
 */
const GAP_MARGIN = 0.05;
const GAP_MARGIN_CAP_MS = 20;
const GAP_MARGIN_MS = 2;
const MAX_HOLD_MS = 60_000;

/** The gap between two request starts at `ratePerSecond`, margin included. */
export function gapMs(ratePerSecond: number): number {
  const gap = 1000 / ratePerSecond;
  return gap + Math.min(gap * GAP_MARGIN, GAP_MARGIN_CAP_MS) + GAP_MARGIN_MS;
}

export class BudgetPacer {
  private readonly queue: PQueue;
  private resumeTimer: ReturnType<typeof setTimeout> | undefined;
  private holdUntil = 0;

  constructor(ratePerSecond: number) {
    // strict: a sliding window of one start per gap, i.e. a minimum gap between starts.
    this.queue = new PQueue({ strict: true, intervalCap: 1, interval: gapMs(ratePerSecond) });
  }

  /**
   * Runs `send` when the budget allows it. Background work (bulk jobs) waits behind what a
   * person is waiting for (the form, a page), so a job never stalls the UI.
   */
  schedule<T>(send: () => Promise<T>, background = false): Promise<T> {
    return this.queue.add(send, { priority: background ? 0 : 1 });
  }

  /**
   * Catapult said 429: start nothing more on this budget until its reset time
   * (`X-RateLimit-Reset`, epoch ms). Requests already in flight are not affected.
   */
  holdUntilReset(resetAtMs: number | undefined): number {
    const now = Date.now();
    const wait = resetAtMs && Number.isFinite(resetAtMs) && resetAtMs > now ? Math.min(resetAtMs - now, MAX_HOLD_MS) : 1000;
    const until = now + wait;
    if (until > this.holdUntil) {
      this.holdUntil = until;
      this.queue.pause();
      clearTimeout(this.resumeTimer);
      this.resumeTimer = setTimeout(() => this.queue.start(), wait);
      this.resumeTimer.unref?.();
    }
    return wait;
  }
}

/**
 * The process-wide pacer of one budget of one account at one rate: one per process, or each
 * route bundle would pace on its own and multiply the real rate.
 */
export function pacerFor(account: string, budget: Budget, ratePerSecond: number): BudgetPacer {
  return processSingleton(`catapult-pacer|${account}|${budget}|${ratePerSecond}`, () => new BudgetPacer(ratePerSecond));
}

/** The budget of a path below /v1/users/{userId}. */
export function budgetOf(pathname: string): Budget {
  return /\/applications(\/|$)/.test(pathname) ? "applications" : "domains";
}

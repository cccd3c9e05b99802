import "server-only";
// One pacer per Catapult resource family and account, shared by every request of this
// server process (single form creates and bulk jobs alike), so the process as a whole
// stays under Catapult's per-resource limit and 429s stay rare.
import PQueue from "p-queue";
import { processSingleton } from "@/lib/server/process-singleton";

export type ResourceFamily = "domains" | "endpoints" | "applications";

/** Added to each pacing window: absorbs clock and network jitter between us and Catapult. */
const WINDOW_MARGIN_MS = 25;
const MAX_HOLD_MS = 60_000;

export class FamilyPacer {
  private readonly queue: PQueue;
  private holdUntil = 0;
  private resumeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(ratePerSecond: number) {
    // No more than `cap` requests in any rolling window: the strictest reading of
    // "N requests per second", which is also safe under a fixed-window limiter.
    const cap = Math.max(1, Math.floor(ratePerSecond));
    this.queue = new PQueue({ strict: true, intervalCap: cap, interval: (1000 * cap) / ratePerSecond + WINDOW_MARGIN_MS });
  }

  /**
   * Runs `send` when the family's budget allows it. Background work (bulk jobs) waits
   * behind what a person is waiting for (the form, a page), so a job never stalls the UI.
   */
  schedule<T>(send: () => Promise<T>, background = false): Promise<T> {
    return this.queue.add(send, { priority: background ? 0 : 1 });
  }

  /**
   * Catapult said 429: start nothing more in this family until its reset time
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
 * The process-wide pacer of one family of one account at one rate: one per process, or each
 * route bundle would pace on its own and multiply the real rate.
 */
export function pacerFor(account: string, family: ResourceFamily, ratePerSecond: number): FamilyPacer {
  return processSingleton(`catapult-pacer|${account}|${family}|${ratePerSecond}`, () => new FamilyPacer(ratePerSecond));
}

export function familyOf(path: string): ResourceFamily {
  if (/\/domains\/[^/]+\/endpoints(\/|$|\?)/.test(path)) return "endpoints";
  if (/\/applications(\/|$|\?)/.test(path)) return "applications";
  return "domains";
}

import "server-only";
// One pace per Catapult budget and account for the whole deployment: every instance on one
// store takes its request starts from the same row (./pace-store.ts, lib/db/catapult-budgets.ts),
// so all of them together stay under Catapult's limit. Starts are spaced evenly, one every
// gapMs(R), never in bursts: the docs do not say how Catapult counts (fixed windows, sliding
// windows, a token bucket, a minimum gap), and only evenly spaced requests stay under all of them.
//
// In front of the store, each process keeps a queue that books one turn at a time: a process
// never holds more than one future turn (so a busy instance cannot book the budget ahead of
// the others), and within a process what a person waits for (the form, a page) takes the next
// turn before bulk work does.
import PQueue from "p-queue";
import { processSingleton } from "@/lib/server/process-singleton";
import type { PaceStore } from "./pace-store";

/**
 * Which budget a call spends. The docs do not say whether /domains/{id}/endpoints/... counts
 * against the domains limit or the endpoints limit, so everything under /domains shares one
 * budget: safe under either reading. Applications keep their own.
 */
export type Budget = "domains" | "applications";

/**
 * The margin added to each gap absorbs the jitter between our clocks and Catapult's count
 * (timers, a busy event loop, the network, Catapult's own scheduling): about 8 ms on the 2-core
 * test machine, spikes aside (docs/catapult-fidelity.md, "The pacer's margin").
 * - A count of requests per second sees the sum of a second's gaps: 1 % of each gap keeps it
 *   10 ms clear every second, at any rate.
 * - A count of the gap itself (a minimum gap) needs the whole jitter on every gap, which costs
 *   jitter ÷ gap of the pace. It is paid whole from 10/s down (8 % there, the fidelity test's
 *   rate) and fades out above as the gap's 4th power, to 0.5 ms at 20/s, where the 1 % above
 *   takes over: a 300-row job over three instances then ends within 1.05 × its floor.
 * - At most 20 ms.
 */
const WINDOW_SHARE = 0.01;
const JITTER_MS = 8;
const FULL_JITTER_FROM_GAP_MS = 100;
const MAX_MARGIN_MS = 20;
const MAX_HOLD_MS = 60_000;
/**
 * How long before its booked turn a process wakes up to claim its start: the claim (after a
 * timer that fires late, and a database round trip) then lands before the start it asks for,
 * and the start is exactly one gap after the last. Woken later than this, the start is late
 * and the pace loses that time: it never catches up with a burst.
 */
const CLAIM_LEAD_MS = 5;

/** The gap between two request starts at `ratePerSecond`, margin included. */
export function gapMs(ratePerSecond: number): number {
  const gap = 1000 / ratePerSecond;
  const jitter = JITTER_MS * Math.min(1, (gap / FULL_JITTER_FROM_GAP_MS) ** 4);
  return gap + Math.min(MAX_MARGIN_MS, Math.max(gap * WINDOW_SHARE, jitter));
}

/**
 * Resolves at `deadline` (performance.now() time), never before, and not a millisecond after:
 * a timer waits at least 1 ms and may fire up to 1 ms early or late, so timers take the wait
 * down to its last millisecond or so, and that is spent yielding to the event loop
 * (setImmediate), which lets everything else run meanwhile. A timer for the last fraction of a
 * millisecond cost each wait up to 1 ms more, and a create from the form (a POST, then a read
 * one gap later) a whole millisecond.
 */
async function sleepUntil(deadline: number): Promise<void> {
  for (let left = deadline - performance.now(); left > 0; left = deadline - performance.now()) {
    if (left > 2) await new Promise((resolve) => setTimeout(resolve, Math.floor(left - 1)));
    else await new Promise((resolve) => setImmediate(resolve));
  }
}

export class BudgetPacer {
  private readonly queue = new PQueue({ concurrency: 1 });
  private readonly gap: number;

  /** `key` names the budget in `store`: the same key on every instance. */
  constructor(
    private readonly store: PaceStore,
    private readonly key: string,
    ratePerSecond: number,
  ) {
    this.gap = gapMs(ratePerSecond);
  }

  /**
   * Runs `send` at this budget's next free start. Background work (bulk jobs) waits behind
   * what a person is waiting for (the form, a page), so a job never stalls the UI. Only the
   * wait is queued: requests themselves overlap freely once started.
   */
  async schedule<T>(send: () => Promise<T>, background = false): Promise<T> {
    await this.queue.add(() => this.waitForStart(), { priority: background ? 0 : 1 });
    return send();
  }

  /**
   * Two steps. Booking a turn keeps the instances in line, each process with one turn at a
   * time. Claiming the start when the turn comes fixes it at one gap after the last start
   * actually claimed: a process that woke late (a busy event loop, a paused VM) cannot send its
   * turn on top of the next one, and a 429 recorded after the turn was booked still holds it.
   */
  private async waitForStart(): Promise<void> {
    await sleepUntil(performance.now() + (await this.store.takeSlot(this.key, this.gap)) - CLAIM_LEAD_MS);
    const { waitMs } = await this.store.claimStart(this.key, this.gap);
    await sleepUntil(performance.now() + waitMs);
  }

  /**
   * Catapult said 429: no instance starts anything more on this budget until its reset time
   * (`X-RateLimit-Reset`, epoch ms), capped. Requests already sent are not affected.
   */
  async holdUntilReset(resetAtMs: number | undefined): Promise<number> {
    const now = Date.now();
    const wait = resetAtMs && Number.isFinite(resetAtMs) && resetAtMs > now ? Math.min(resetAtMs - now, MAX_HOLD_MS) : 1000;
    await this.store.hold(this.key, wait);
    return wait;
  }
}

/**
 * The process-wide pacer of one budget of one account at one rate on one store: one per
 * process, or each route bundle would queue on its own.
 */
export function pacerFor(store: PaceStore, account: string, budget: Budget, ratePerSecond: number): BudgetPacer {
  const pacers = processSingleton("catapult-pacers", () => new WeakMap<PaceStore, Map<string, BudgetPacer>>());
  let ofStore = pacers.get(store);
  if (!ofStore) pacers.set(store, (ofStore = new Map()));
  const key = `${account}|${budget}`;
  let pacer = ofStore.get(`${key}|${ratePerSecond}`);
  if (!pacer) ofStore.set(`${key}|${ratePerSecond}`, (pacer = new BudgetPacer(store, key, ratePerSecond)));
  return pacer;
}

/** The budget of a path below /v1/users/{userId}. */
export function budgetOf(pathname: string): Budget {
  return /\/applications(\/|$)/.test(pathname) ? "applications" : "domains";
}

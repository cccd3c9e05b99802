import "server-only";
// Where a budget's pace is kept. The server keeps it in the database (lib/db/catapult-budgets.ts),
// so every instance on one store shares one pace; a client made without a store (tests of the
// client alone, scripts) keeps it in this process. Both follow the same rules, and
// pacer.test.ts runs the pacer on each.
import { processSingleton } from "@/lib/server/process-singleton";

export interface PaceStore {
  /**
   * Books the budget's next free start: not before now, not inside a hold, and `gapMs` after
   * the start booked before it. Answers how many ms from now it is.
   */
  takeSlot(key: string, gapMs: number): Promise<number>;
  /**
   * Claims a start now, if the last start claimed (by anyone) is `floorMs` ago and no hold is
   * on: answers the instant claimed, on the store's clock, and books nothing closer than
   * `floorMs` after it. Otherwise answers how many ms to wait before claiming again.
   */
  claimStart(key: string, floorMs: number): Promise<{ startedAt: number } | { waitMs: number }>;
  /** Holds the budget for `waitMs` from now: no start is booked or claimed inside it. */
  hold(key: string, waitMs: number): Promise<void>;
}

/** A pace kept in this process's memory, on its monotonic clock. */
export function memoryPaceStore(): PaceStore {
  const budgets = new Map<string, { nextSlotAt: number; holdUntil: number; lastStartAt: number }>();
  const budget = (key: string) => {
    let found = budgets.get(key);
    if (!found) budgets.set(key, (found = { nextSlotAt: 0, holdUntil: 0, lastStartAt: Number.NEGATIVE_INFINITY }));
    return found;
  };
  return {
    async takeSlot(key, gapMs) {
      const now = performance.now();
      const state = budget(key);
      const slot = Math.max(now, state.nextSlotAt, state.holdUntil);
      state.nextSlotAt = slot + gapMs;
      return slot - now;
    },
    async claimStart(key, floorMs) {
      const now = performance.now();
      const state = budget(key);
      const waitMs = Math.max(state.lastStartAt + floorMs, state.holdUntil) - now;
      if (waitMs > 0) return { waitMs };
      state.lastStartAt = now;
      state.nextSlotAt = Math.max(state.nextSlotAt, now + floorMs);
      return { startedAt: now };
    },
    async hold(key, waitMs) {
      const state = budget(key);
      state.holdUntil = Math.max(state.holdUntil, performance.now() + waitMs);
    },
  };
}

/** This process's memory pace: one per process, like the pacers that use it. */
export function processPaceStore(): PaceStore {
  return processSingleton("catapult-memory-pace", memoryPaceStore);
}

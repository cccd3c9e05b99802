import "server-only";
// Where a budget's pace is kept. The server keeps it in the database (lib/db/catapult-budgets.ts),
// so every instance on one store shares one pace; a client made without a store (tests of the
// client alone, scripts) keeps it in this process. Both follow the same rules, and
// pacer.test.ts runs the pacer on each.
import { processSingleton } from "@/lib/server/process-singleton";

export interface PaceStore {
  /**
   * Books the budget's next free turn: not before now, not inside a hold, and `gapMs` after
   * the turn booked before it. Answers how many ms from now it is.
   */
  takeSlot(key: string, gapMs: number): Promise<number>;
  /**
   * Claims the exact start of a request: the later of now, `gapMs` after the last start claimed
   * (by anyone) and the end of a hold. Answers it, on the store's clock, and how many ms from
   * now it is; the next free turn moves to `gapMs` after it.
   */
  claimStart(key: string, gapMs: number): Promise<{ startsAt: number; waitMs: number }>;
  /** Holds the budget for `waitMs` from now: no turn is booked and no start claimed inside it. */
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
    async claimStart(key, gapMs) {
      const now = performance.now();
      const state = budget(key);
      const startsAt = Math.max(now, state.lastStartAt + gapMs, state.holdUntil);
      state.lastStartAt = startsAt;
      state.nextSlotAt = Math.max(state.nextSlotAt, startsAt + gapMs);
      return { startsAt, waitMs: startsAt - now };
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

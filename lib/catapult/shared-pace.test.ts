// One pace for the whole deployment: two pacers on one store (two "instances", each with its
// own connections on Postgres) never start two requests of a budget closer than Catapult's
// gap, not even after both were stalled; a 429 one of them records holds the other (also a
// start the other had already booked); and within one process a person's request goes before
// queued bulk work. On SQLite and Postgres (the server's store), and in memory (a client made
// without a store).
//
// Two clocks are checked. The starts the store granted (its own clock) are exact: the store
// decides them atomically. The moments `send` ran are this process's: between a granted start
// and the send, the OS may pause the process (this machine is shared), so those are allowed
// SEND_NOISE_MS. Instances that do not share a pace start requests ~0 ms apart.
import { afterEach, describe, expect, it } from "vitest";
import { catapultBudgetStore } from "@/lib/db/catapult-budgets";
import { closeDatabase, openDatabase } from "@/lib/db/database";
import { TEST_DIALECTS, useTestDatabase } from "@/scripts/test-support/test-databases";
import { memoryPaceStore, type PaceStore } from "./pace-store";
import { BudgetPacer } from "./pacer";

const KEY = "http://catapult.test|u-1|domains";
const SEND_NOISE_MS = 20;

/** What two instances did: starts granted by the store, and sends as this process saw them. */
function observe(stores: { first: PaceStore; second: PaceStore }) {
  const granted: number[] = [];
  const sends: { who: string; at: number }[] = [];
  const watch = (store: PaceStore): PaceStore => ({
    ...store,
    claimStart: async (key, gapMs) => {
      const claim = await store.claimStart(key, gapMs);
      granted.push(claim.startsAt);
      return claim;
    },
  });
  const send = (who: string) => async () => {
    sends.push({ who, at: performance.now() });
  };
  return { first: watch(stores.first), second: watch(stores.second), granted, sends, send };
}

/** The smallest distance between two of `times`. */
function closest(times: number[]): number {
  const sorted = times.toSorted((x, y) => x - y);
  return Math.min(...sorted.slice(1).map((at, i) => at - sorted[i]!));
}

function sharedPaceTests(instances: () => Promise<{ first: PaceStore; second: PaceStore }>) {
  it("never starts two requests of a budget closer than the gap, whichever instance sends them", async () => {
    const seen = observe(await instances());
    const rate = 20;
    const a = new BudgetPacer(seen.first, KEY, rate);
    const b = new BudgetPacer(seen.second, KEY, rate);
    // Each instance has more work than the budget allows: 12 requests each, all at once.
    await Promise.all(Array.from({ length: 12 }, (_, i) => [a.schedule(seen.send(`a${i}`), true), b.schedule(seen.send(`b${i}`), true)]).flat());
    expect(seen.granted).toHaveLength(24);
    expect(closest(seen.granted)).toBeGreaterThanOrEqual(1000 / rate);
    expect(closest(seen.sends.map((s) => s.at))).toBeGreaterThanOrEqual(1000 / rate - SEND_NOISE_MS);
    // Both instances sent from the start, at the budget's pace together, not one after the other.
    expect(new Set(seen.sends.slice(0, 4).map((s) => s.who[0]))).toEqual(new Set(["a", "b"]));
    expect(Math.max(...seen.granted) - Math.min(...seen.granted)).toBeLessThan(23 * (1000 / rate) * 1.2);
  });

  it("never sends a start booked before a stall on top of the next one", async () => {
    const seen = observe(await instances());
    const rate = 20;
    const a = new BudgetPacer(seen.first, KEY, rate);
    const b = new BudgetPacer(seen.second, KEY, rate);
    const requests = Array.from({ length: 5 }, (_, i) => [a.schedule(seen.send(`a${i}`), true), b.schedule(seen.send(`b${i}`), true)]).flat();
    await requests[2];
    // Both instances are waiting for starts they booked; the event loop stops for 4 gaps, so
    // both wake up late, together.
    const until = performance.now() + 4 * (1000 / rate);
    while (performance.now() < until);
    await Promise.all(requests);
    expect(closest(seen.granted)).toBeGreaterThanOrEqual(1000 / rate);
    expect(closest(seen.sends.map((s) => s.at))).toBeGreaterThanOrEqual(1000 / rate - SEND_NOISE_MS);
  });

  it("holds every instance when one records a 429, also a start another had already booked", async () => {
    const seen = observe(await instances());
    const rate = 10;
    const a = new BudgetPacer(seen.first, KEY, rate);
    const b = new BudgetPacer(seen.second, KEY, rate);
    // b's first request starts now; its second has booked the start one gap later and waits for it.
    const firstOfB = b.schedule(seen.send("b1"), true);
    const secondOfB = b.schedule(seen.send("b2"), true);
    await firstOfB;
    // a is told 429 until 400 ms from now, before b's second start comes.
    const heldAt = performance.now();
    await a.holdUntilReset(Date.now() + 400);
    await Promise.all([secondOfB, a.schedule(seen.send("a1"), true)]);
    const after = seen.sends.filter((s) => s.who !== "b1");
    expect(after).toHaveLength(2);
    // Date.now() counts whole milliseconds: the hold may end up to 1 ms sooner than asked.
    for (const start of after) expect(start.at - heldAt).toBeGreaterThanOrEqual(399);
    // …and evenly spaced again once the hold ends.
    expect(closest(seen.granted)).toBeGreaterThanOrEqual(1000 / rate);
  });

  it("lets a person's request go before bulk work queued in the same process", async () => {
    const seen = observe(await instances());
    const pacer = new BudgetPacer(seen.first, KEY, 20);
    // The first bulk request takes the budget at once; the others queue behind it, then a person's.
    const bulk = [1, 2, 3, 4].map((i) => pacer.schedule(seen.send(`bulk-${i}`), true));
    const person = pacer.schedule(seen.send("person"));
    await Promise.all([...bulk, person]);
    expect(seen.sends.map((s) => s.who)).toEqual(["bulk-1", "person", "bulk-2", "bulk-3", "bulk-4"]);
  });
}

describe("shared pace in memory (one process)", () => {
  sharedPaceTests(async () => {
    const store = memoryPaceStore();
    return { first: store, second: store };
  });
});

describe.each(TEST_DIALECTS)("shared pace on %s", (dialect) => {
  const store = useTestDatabase(dialect);
  const others: ReturnType<typeof openDatabase>[] = [];
  afterEach(async () => {
    await Promise.all(others.splice(0).map(closeDatabase));
  });

  sharedPaceTests(async () => {
    const { db, url } = store();
    // Postgres: a second instance with its own pool. SQLite is one instance by definition.
    const secondDb = dialect === "postgres" ? openDatabase({ dialect: "postgres", url: url! }) : db;
    if (secondDb !== db) others.push(secondDb);
    return { first: catapultBudgetStore(() => db), second: catapultBudgetStore(() => secondDb) };
  });
});

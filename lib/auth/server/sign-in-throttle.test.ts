// The sign-in throttle's rules, on a clock the test moves and on each store: tries are
// reserved before the compare, each key has free tries then doubling delays, an account can
// be slowed but never locked out, the global ceiling holds however many addresses take part,
// and two instances on one store count the same tries. Expired state is pruned.
import { afterEach, describe, expect, it } from "vitest";
import { closeDatabase, type Db, openDatabase } from "@/lib/db/database";
import { TEST_DIALECTS, useTestDatabase } from "@/scripts/test-support/test-databases";
import {
  ACCOUNT_FREE_TRIES, ACCOUNT_MAX_DELAY_MS, ADDRESS_FREE_TRIES, delayAfter, GLOBAL_TRIES_PER_SECOND, SignInThrottle, TRY_EXPIRES_AFTER_MS,
} from "./sign-in-throttle";

async function fail(throttle: SignInThrottle, account: string, address: string | null) {
  const r = await throttle.reserve(account, address);
  if (r.ok) await r.settle("wrong");
  return r;
}

describe("delayAfter", () => {
  it("doubles an account's delay after its free tries, capped at a minute", () => {
    const policy = { free: ACCOUNT_FREE_TRIES, maxDelayMs: ACCOUNT_MAX_DELAY_MS };
    expect([4, 5, 6, 7, 8].map((n) => delayAfter(n, policy))).toEqual([0, 1000, 2000, 4000, 8000]);
    expect(delayAfter(100, policy)).toBe(60_000);
  });
});

describe.each(TEST_DIALECTS)("SignInThrottle on %s", (dialect) => {
  const store = useTestDatabase(dialect);
  const others: Db[] = [];
  afterEach(async () => {
    await Promise.all(others.splice(0).map(closeDatabase));
  });

  const clock = { now: 0 };
  /** A throttle as one instance has it; `separate` gives it its own connections (Postgres). */
  function throttleAt(start = 1_000_000, options: { separate?: boolean } = {}) {
    clock.now = start;
    const { db, url } = store();
    let instanceDb = db;
    if (options.separate && dialect === "postgres") others.push((instanceDb = openDatabase({ dialect: "postgres", url: url! })));
    return new SignInThrottle(() => instanceDb, () => clock.now);
  }

  it("lets only the free tries through at once: the rest are refused before any compare", async () => {
    const throttle = throttleAt();
    const reservations = await Promise.all(Array.from({ length: 50 }, (_, i) => throttle.reserve("ana@example.com", `203.0.113.${i}`)));
    expect(reservations.filter((r) => r.ok)).toHaveLength(ACCOUNT_FREE_TRIES);
  });

  it("slows a guessed account down but never blocks its right password for longer than the cap", async () => {
    const throttle = throttleAt();
    // A guesser spends an hour on the account from many addresses, trying every 2 s.
    for (let t = 0; t < 3_600_000; t += 2000) {
      clock.now += 2000;
      await fail(throttle, "ana@example.com", `198.51.100.${(t / 2000) % 250}`);
    }
    // The real person waits at most the cap, from their own address, then gets in.
    let waited = 0;
    for (;;) {
      const r = await throttle.reserve("ana@example.com", "192.0.2.1");
      if (r.ok) {
        await r.settle("right");
        break;
      }
      waited += r.retryAfterSeconds * 1000;
      clock.now += r.retryAfterSeconds * 1000;
    }
    expect(waited).toBeLessThanOrEqual(ACCOUNT_MAX_DELAY_MS);
    // The right password cleared the account: the next try is free at once.
    expect((await throttle.reserve("ana@example.com", "192.0.2.1")).ok).toBe(true);
  });

  it("holds one address to its free tries over many accounts", async () => {
    const throttle = throttleAt();
    const answers: boolean[] = [];
    for (let i = 0; i < ADDRESS_FREE_TRIES + 3; i++) answers.push((await fail(throttle, `user-${i}@example.com`, "198.51.100.23")).ok);
    expect(answers).toEqual([...Array(ADDRESS_FREE_TRIES).fill(true), false, false, false]);
  });

  it("keys no address when none is trusted, so untrusted clients never share a lock", async () => {
    const throttle = throttleAt();
    // Under the global ceiling (a try every 150 ms), thirty accounts from untrusted clients.
    const answers: boolean[] = [];
    for (let i = 0; i < 30; i++) {
      clock.now += 150;
      answers.push((await fail(throttle, `user-${i}@example.com`, null)).ok);
    }
    expect(answers.every(Boolean)).toBe(true);
  });

  it("lets no more than the global ceiling of compares start in one second, then frees the next second", async () => {
    const throttle = throttleAt(5_000_000);
    const first = await Promise.all(Array.from({ length: GLOBAL_TRIES_PER_SECOND + 5 }, (_, i) => throttle.reserve(`user-${i}@example.com`, `203.0.113.${i}`)));
    expect(first.filter((r) => r.ok)).toHaveLength(GLOBAL_TRIES_PER_SECOND);
    expect(first.find((r) => !r.ok)).toEqual({ ok: false, retryAfterSeconds: 1 });
    clock.now += 1000;
    expect((await throttle.reserve("late@example.com", "203.0.113.200")).ok).toBe(true);
  });

  it("forgets failures after 15 quiet minutes", async () => {
    const throttle = throttleAt();
    for (let i = 0; i < ACCOUNT_FREE_TRIES; i++) await fail(throttle, "ana@example.com", null);
    expect((await throttle.reserve("ana@example.com", null)).ok).toBe(false);
    clock.now += 16 * 60_000;
    expect((await throttle.reserve("ana@example.com", null)).ok).toBe(true);
  });

  it("counts the tries of two instances on one store together", async () => {
    const one = throttleAt(1_000_000, { separate: true });
    const two = throttleAt(1_000_000, { separate: true });
    // 50 parallel tries on one account, split over both instances: 5 reach the compare, not 10.
    const reservations = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? one : two).reserve("ana@example.com", `203.0.113.${i}`)));
    expect(reservations.filter((r) => r.ok)).toHaveLength(ACCOUNT_FREE_TRIES);
    // Failures settled on one instance slow the account down on the other.
    await Promise.all(reservations.map((r) => (r.ok ? r.settle("wrong") : undefined)));
    clock.now += 500;
    expect(await two.reserve("ana@example.com", "192.0.2.1")).toEqual({ ok: false, retryAfterSeconds: 1 });
    // The global ceiling is one ceiling: 15 accounts at once over both instances, 10 compares.
    clock.now += 60_000;
    const flood = await Promise.all(Array.from({ length: 15 }, (_, i) => (i % 2 ? one : two).reserve(`user-${i}@example.com`, null)));
    expect(flood.filter((r) => r.ok)).toHaveLength(GLOBAL_TRIES_PER_SECOND);
  });

  it("stops counting a try whose instance died mid-compare once it expires", async () => {
    const throttle = throttleAt();
    // Five tries reserved and never settled: their instance was killed during the compare.
    for (let i = 0; i < ACCOUNT_FREE_TRIES; i++) expect((await throttle.reserve("ana@example.com", null)).ok).toBe(true);
    expect((await throttle.reserve("ana@example.com", null)).ok).toBe(false);
    clock.now += TRY_EXPIRES_AFTER_MS + 1;
    expect((await throttle.reserve("ana@example.com", null)).ok).toBe(true);
  });

  it("prunes counters and tries once nothing needs them", async () => {
    const throttle = throttleAt();
    const { db } = store();
    for (let i = 0; i < 3; i++) await fail(throttle, `user-${i}@example.com`, "198.51.100.7");
    const rows = async () => [
      (await db.selectFrom("sign_in_throttle").select("key").execute()).length,
      (await db.selectFrom("sign_in_tries").select("id").execute()).length,
    ];
    expect(await rows()).toEqual([4, 3]);
    // 16 quiet minutes later, the next settled try prunes what expired: only its own rows stay.
    clock.now += 16 * 60_000;
    await fail(throttle, "bo@example.com", null);
    expect(await rows()).toEqual([1, 1]);
  });
});

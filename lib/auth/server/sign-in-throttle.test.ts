// The sign-in throttle's rules, on a clock the test moves: tries are reserved before the
// compare, each key has free tries then doubling delays, an account can be slowed but never
// locked out, and the global ceiling holds however many addresses take part.
import { describe, expect, it } from "vitest";
import { ACCOUNT_FREE_TRIES, ACCOUNT_MAX_DELAY_MS, ADDRESS_FREE_TRIES, delayAfter, GLOBAL_TRIES_PER_SECOND, SignInThrottle } from "./sign-in-throttle";

function throttleAt(start = 1_000_000) {
  const clock = { now: start };
  return { clock, throttle: new SignInThrottle(() => clock.now) };
}

function fail(throttle: SignInThrottle, account: string, address: string | null) {
  const r = throttle.reserve(account, address);
  if (!r.ok) return r;
  r.settle("wrong");
  return r;
}

describe("SignInThrottle", () => {
  it("lets only the free tries through at once: the rest are refused before any compare", () => {
    const { throttle } = throttleAt();
    const reservations = Array.from({ length: 50 }, (_, i) => throttle.reserve("ana@example.com", `203.0.113.${i}`));
    expect(reservations.filter((r) => r.ok)).toHaveLength(ACCOUNT_FREE_TRIES);
  });

  it("doubles an account's delay after its free tries, capped at a minute", () => {
    const policy = { free: ACCOUNT_FREE_TRIES, maxDelayMs: ACCOUNT_MAX_DELAY_MS };
    expect([4, 5, 6, 7, 8].map((n) => delayAfter(n, policy))).toEqual([0, 1000, 2000, 4000, 8000]);
    expect(delayAfter(100, policy)).toBe(60_000);
  });

  it("slows a guessed account down but never blocks its right password for longer than the cap", () => {
    const { clock, throttle } = throttleAt();
    // A guesser spends an hour on the account, trying whenever allowed.
    for (let t = 0; t < 3_600_000; t += 500) {
      clock.now += 500;
      fail(throttle, "ana@example.com", `198.51.100.${t % 250}`);
    }
    // The real person waits at most the cap, from their own address, then gets in.
    let waited = 0;
    for (;;) {
      const r = throttle.reserve("ana@example.com", "192.0.2.1");
      if (r.ok) {
        r.settle("right");
        break;
      }
      waited += r.retryAfterSeconds * 1000;
      clock.now += r.retryAfterSeconds * 1000;
    }
    expect(waited).toBeLessThanOrEqual(ACCOUNT_MAX_DELAY_MS);
    // The right password cleared the account: the next try is free at once.
    expect(throttle.reserve("ana@example.com", "192.0.2.1").ok).toBe(true);
  });

  it("holds one address to its free tries over many accounts", () => {
    const { throttle } = throttleAt();
    const answers = Array.from({ length: ADDRESS_FREE_TRIES + 3 }, (_, i) => fail(throttle, `user-${i}@example.com`, "198.51.100.23").ok);
    expect(answers).toEqual([...Array(ADDRESS_FREE_TRIES).fill(true), false, false, false]);
  });

  it("keys no address when none is trusted, so untrusted clients never share a lock", () => {
    const { clock, throttle } = throttleAt();
    // Under the global ceiling (a try every 150 ms), thirty accounts from untrusted clients.
    const answers = Array.from({ length: 30 }, (_, i) => {
      clock.now += 150;
      return fail(throttle, `user-${i}@example.com`, null).ok;
    });
    expect(answers.every(Boolean)).toBe(true);
  });

  it("lets no more than the global ceiling of compares start in one second, then frees the next second", () => {
    const { clock, throttle } = throttleAt(5_000_000);
    const first = Array.from({ length: GLOBAL_TRIES_PER_SECOND + 5 }, (_, i) => throttle.reserve(`user-${i}@example.com`, `203.0.113.${i}`));
    expect(first.filter((r) => r.ok)).toHaveLength(GLOBAL_TRIES_PER_SECOND);
    expect(first.at(-1)).toEqual({ ok: false, retryAfterSeconds: 1 });
    clock.now += 1000;
    expect(throttle.reserve("late@example.com", "203.0.113.200").ok).toBe(true);
  });

  it("forgets failures after 15 quiet minutes", () => {
    const { clock, throttle } = throttleAt();
    for (let i = 0; i < ACCOUNT_FREE_TRIES; i++) fail(throttle, "ana@example.com", null);
    expect(throttle.reserve("ana@example.com", null).ok).toBe(false);
    clock.now += 16 * 60_000;
    expect(throttle.reserve("ana@example.com", null).ok).toBe(true);
  });
});

import "server-only";
// The sign-in throttle. A try is reserved before the password is compared, synchronously, so
// 50 parallel tries cannot all reach the compare: each key lets through only as many tries at
// once as it has free tries left, and none while it is waiting out a delay.
//
// Keys, each with free tries and then a delay that doubles with every further failure:
// - the account (whatever the address): 5 free, then 1 s, 2 s, 4 s … capped at 60 s. A guesser
//   anywhere can slow the real person down to one try a minute, never lock them out;
// - the trusted client address (TRUST_PROXY, lib/server/client-address.ts), over all accounts:
//   10 free, then up to 15 minutes. Without a trusted address there is no such key: clients
//   that cannot be told apart never share one;
// - everyone: at most GLOBAL_TRIES_PER_SECOND compares a second, so many addresses (a botnet,
//   or forged X-Forwarded-For values) cannot multiply the rate. Its window is a second long:
//   a flood slows everyone by seconds, not minutes.
// A right password clears its account's failures (not its address's).

export const ACCOUNT_FREE_TRIES = 5;
export const ACCOUNT_MAX_DELAY_MS = 60_000;
export const ADDRESS_FREE_TRIES = 10;
export const ADDRESS_MAX_DELAY_MS = 15 * 60_000;
export const GLOBAL_TRIES_PER_SECOND = 10;
/** Failures are forgotten after this long without a new one. */
const FORGET_AFTER_MS = 15 * 60_000;

interface Policy {
  free: number;
  maxDelayMs: number;
}

interface Counter {
  failures: number;
  lastFailureAt: number;
  inFlight: number;
}

const ACCOUNT: Policy = { free: ACCOUNT_FREE_TRIES, maxDelayMs: ACCOUNT_MAX_DELAY_MS };
const ADDRESS: Policy = { free: ADDRESS_FREE_TRIES, maxDelayMs: ADDRESS_MAX_DELAY_MS };

/** The wait after `failures` failures (0 while tries are free). */
export function delayAfter(failures: number, policy: Policy): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.maxDelayMs, 1000 * 2 ** Math.min(30, failures - policy.free));
}

export type Reservation =
  | { ok: true; settle: (outcome: "right" | "wrong") => void }
  | { ok: false; retryAfterSeconds: number };

export class SignInThrottle {
  private readonly counters = new Map<string, Counter>();
  private globalWindow = { second: 0, count: 0 };

  constructor(private readonly now: () => number = Date.now) {}

  /** Reserves one try for `account` from `address` (null: not trusted), or says how long to wait. */
  reserve(account: string, address: string | null): Reservation {
    const now = this.now();
    const keys: [string, Policy][] = [[`account:${account.toLowerCase()}`, ACCOUNT]];
    if (address) keys.push([`address:${address}`, ADDRESS]);

    let waitMs = 0;
    for (const [key, policy] of keys) waitMs = Math.max(waitMs, this.waitFor(this.counter(key, now), policy, now));
    const second = Math.floor(now / 1000);
    if (this.globalWindow.second !== second) this.globalWindow = { second, count: 0 };
    if (this.globalWindow.count >= GLOBAL_TRIES_PER_SECOND) waitMs = Math.max(waitMs, (second + 1) * 1000 - now);
    if (waitMs > 0) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };

    this.globalWindow.count += 1;
    const held = keys.map(([key]) => this.counter(key, now));
    for (const counter of held) counter.inFlight += 1;
    let settled = false;
    return {
      ok: true,
      settle: (outcome) => {
        if (settled) return;
        settled = true;
        const at = this.now();
        for (const counter of held) {
          counter.inFlight -= 1;
          if (outcome === "wrong") {
            counter.failures += 1;
            counter.lastFailureAt = at;
          }
        }
        if (outcome === "right") held[0]!.failures = 0;
        this.sweep(at);
      },
    };
  }

  /** How long `counter` must wait before another try (tries in flight count as failures). */
  private waitFor(counter: Counter, policy: Policy, now: number): number {
    if (counter.failures + counter.inFlight < policy.free) return 0;
    // Past the free tries, one at a time, each after the last failure's delay.
    if (counter.inFlight > 0) return 1000;
    return Math.max(0, counter.lastFailureAt + delayAfter(counter.failures, policy) - now);
  }

  private counter(key: string, now: number): Counter {
    let counter = this.counters.get(key);
    if (counter && counter.inFlight === 0 && now - counter.lastFailureAt > FORGET_AFTER_MS) counter.failures = 0;
    if (!counter) this.counters.set(key, (counter = { failures: 0, lastFailureAt: 0, inFlight: 0 }));
    return counter;
  }

  private sweep(now: number): void {
    if (this.counters.size < 10_000) return;
    for (const [key, counter] of this.counters) {
      if (counter.inFlight === 0 && now - counter.lastFailureAt > FORGET_AFTER_MS) this.counters.delete(key);
    }
  }
}

import "server-only";
// The sign-in throttle. A try is reserved before the password is compared, so 50 parallel
// tries cannot all reach the compare: each key lets through only as many tries at once as it
// has free tries left, and none while it is waiting out a delay. Its state is in the store
// (lib/db/sign-in-throttle.ts), so every instance sharing it counts the same tries: three
// instances allow what one does, not three times as much.
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
// A right password clears its account's failures (not its address's). Times are each
// instance's clock: they matter here to the second, which NTP keeps.
import crypto from "node:crypto";
import type { Db } from "@/lib/db/dialect";
import { pruneSignInThrottle, reserveSignInTry, settleSignInTry, type ThrottleCounter } from "@/lib/db/sign-in-throttle";

export const ACCOUNT_FREE_TRIES = 5;
export const ACCOUNT_MAX_DELAY_MS = 60_000;
export const ADDRESS_FREE_TRIES = 10;
export const ADDRESS_MAX_DELAY_MS = 15 * 60_000;
export const GLOBAL_TRIES_PER_SECOND = 10;
/** Failures are forgotten after this long without a new one; the counter is then pruned. */
const FORGET_AFTER_MS = 15 * 60_000;
/** A try not settled in this long (its instance died mid-compare) stops counting as in flight. */
export const TRY_EXPIRES_AFTER_MS = 30_000;
/** How often an instance prunes expired counters and tries, at most. */
const PRUNE_EVERY_MS = 60_000;

interface Policy {
  free: number;
  maxDelayMs: number;
}

const ACCOUNT: Policy = { free: ACCOUNT_FREE_TRIES, maxDelayMs: ACCOUNT_MAX_DELAY_MS };
const ADDRESS: Policy = { free: ADDRESS_FREE_TRIES, maxDelayMs: ADDRESS_MAX_DELAY_MS };

/** The wait after `failures` failures (0 while tries are free). */
export function delayAfter(failures: number, policy: Policy): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.maxDelayMs, 1000 * 2 ** Math.min(30, failures - policy.free));
}

export type Reservation =
  | { ok: true; settle: (outcome: "right" | "wrong") => Promise<void> }
  | { ok: false; retryAfterSeconds: number };

export class SignInThrottle {
  private lastPruneAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly db: () => Db,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reserves one try for `account` from `address` (null: not trusted), or says how long to wait. */
  async reserve(account: string, address: string | null): Promise<Reservation> {
    const now = this.now();
    const keys = [`account:${account.toLowerCase()}`];
    if (address) keys.push(`address:${address}`);
    const id = crypto.randomUUID();
    const second = Math.floor(now / 1000);
    const waitMs = await reserveSignInTry(
      this.db(),
      { id, keys, now, expiresAt: now + TRY_EXPIRES_AFTER_MS, keepUntil: now + FORGET_AFTER_MS, windowStart: second * 1000 },
      {
        waitForKeys: (counters) => Math.max(0, ...counters.map((counter) => waitFor(counter, counter.key.startsWith("account:") ? ACCOUNT : ADDRESS, now))),
        waitForAll: (started) => (started >= GLOBAL_TRIES_PER_SECOND ? (second + 1) * 1000 - now : 0),
      },
    );
    if (waitMs > 0) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };

    let settled = false;
    return {
      ok: true,
      settle: async (outcome) => {
        if (settled) return;
        settled = true;
        const at = this.now();
        await settleSignInTry(this.db(), { id, keys, outcome, now: at, keepUntil: at + FORGET_AFTER_MS, forgetBefore: at - FORGET_AFTER_MS });
        if (at - this.lastPruneAt >= PRUNE_EVERY_MS) {
          this.lastPruneAt = at;
          await pruneSignInThrottle(this.db(), at);
        }
      },
    };
  }
}

/** How long `counter` must wait before another try (tries in flight count as failures). */
function waitFor(counter: ThrottleCounter, policy: Policy, now: number): number {
  // Failures are forgotten after a quiet spell (the counter is pruned soon after).
  const failures = counter.inFlight === 0 && now - counter.lastFailureAt > FORGET_AFTER_MS ? 0 : counter.failures;
  if (failures + counter.inFlight < policy.free) return 0;
  // Past the free tries, one at a time, each after the last failure's delay.
  if (counter.inFlight > 0) return 1000;
  return Math.max(0, counter.lastFailureAt + delayAfter(failures, policy) - now);
}

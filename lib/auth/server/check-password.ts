import "server-only";
// Sign-in: the admin password compared in constant time, and repeated failures from one
// client slowed down (rate-limiter-flexible keeps the counts).
import crypto from "node:crypto";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { getEnv } from "@/lib/env";

// Five free tries per client per 15 minutes; after that each try waits out a growing block.
const failures = new RateLimiterMemory({ keyPrefix: "sign-in", points: 5, duration: 15 * 60, blockDuration: 30 });
// The global ceiling: wrong passwords per minute across all addresses, so many addresses
// (a botnet, or a proxy chain we do not know about) cannot multiply the per-client rate.
export const GLOBAL_FAILURES_PER_MINUTE = 30;
const allFailures = new RateLimiterMemory({ keyPrefix: "sign-in-all", points: GLOBAL_FAILURES_PER_MINUTE, duration: 60 });

export type SignInCheck = { ok: true } | { ok: false; retryAfterSeconds?: number };

export async function checkAdminPassword(clientKey: string, password: string): Promise<SignInCheck> {
  for (const [limiter, key] of [[allFailures, "all"], [failures, clientKey]] as const) {
    const state = await limiter.get(key);
    if (state && state.remainingPoints <= 0 && state.msBeforeNext > 0) {
      return { ok: false, retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000) };
    }
  }
  if (passwordsMatch(password, getEnv().adminPassword)) {
    await failures.delete(clientKey);
    return { ok: true };
  }
  try {
    await allFailures.consume("all");
    await failures.consume(clientKey);
  } catch (limited) {
    if (limited instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.ceil(limited.msBeforeNext / 1000) };
    throw limited;
  }
  // Even the free tries cost the guesser a moment.
  await new Promise((r) => setTimeout(r, 400));
  return { ok: false };
}

/** Equal-length digests, so the comparison time says nothing about the password. */
function passwordsMatch(given: string, expected: string): boolean {
  const a = crypto.createHash("sha256").update(given, "utf8").digest();
  const b = crypto.createHash("sha256").update(expected, "utf8").digest();
  return crypto.timingSafeEqual(a, b);
}

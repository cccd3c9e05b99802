import "server-only";
// The sign-in throttle's state, shared by every instance on the store (its rules are in
// lib/auth/server/sign-in-throttle.ts): a counter of failures per key, and a row per try from
// its reservation until it is settled, or until it expires if its instance died mid-compare.
//
// A reservation is one transaction: lock the keys' counters, read them and their tries in
// flight, ask the rules, and record the try; a refusal rolls back and leaves nothing. On
// Postgres the locks are taken in one order everywhere (the account's counter, the address's,
// then the lock of the global ceiling), so instances take turns instead of deadlocking; the
// prune skips rows a transaction holds. SQLite's one writer needs none of this.
import { sql } from "kysely";
import { type Db, dialectOf } from "./dialect";

/** Any constant, the same on every instance: serialises the global ceiling's count. */
const GLOBAL_CEILING_LOCK = 7_301_151;
/** Settled tries are kept this long for the global ceiling's count (its window is a second). */
const WINDOW_MS = 1000;

export interface ThrottleCounter {
  key: string;
  failures: number;
  lastFailureAt: number;
  /** Tries reserved on this key and neither settled nor expired. */
  inFlight: number;
}

export interface TryReservation {
  id: string;
  /** The account's key first, then the address's, if any: the order locks are taken in. */
  keys: string[];
  now: number;
  /** Until when an unsettled try counts as in flight. */
  expiresAt: number;
  /** Until when a counter is kept without further use. */
  keepUntil: number;
  /** Start of the global ceiling's window. */
  windowStart: number;
}

export interface ThrottleRules {
  /** How long the keys must wait (0: they allow a try now). */
  waitForKeys(counters: ThrottleCounter[]): number;
  /** How long everyone must wait, given the tries started since `windowStart` (0: not full). */
  waitForAll(startedInWindow: number): number;
}

class Refused {
  constructor(readonly waitMs: number) {}
}

/** Reserves a try if the rules allow it now: answers 0, or how long to wait (nothing recorded). */
export async function reserveSignInTry(db: Db, request: TryReservation, rules: ThrottleRules): Promise<number> {
  const postgres = dialectOf(db) === "postgres";
  try {
    await db.transaction().execute(async (trx) => {
      const counters: ThrottleCounter[] = [];
      for (const key of request.keys) {
        const row = await trx
          .insertInto("sign_in_throttle")
          .values({ key, expires_at: request.keepUntil })
          .onConflict((conflict) => conflict.column("key").doUpdateSet({ expires_at: request.keepUntil }))
          .returning(["failures", "last_failure_at"])
          .executeTakeFirstOrThrow();
        counters.push({ key, failures: row.failures, lastFailureAt: row.last_failure_at, inFlight: 0 });
      }
      const inFlight = await trx
        .selectFrom("sign_in_tries")
        .select(["account_key", "address_key"])
        .where("settled_at", "is", null)
        .where("expires_at", ">", request.now)
        .where((eb) => eb.or([eb("account_key", "in", request.keys), eb("address_key", "in", request.keys)]))
        .execute();
      for (const counter of counters) counter.inFlight = inFlight.filter((t) => t.account_key === counter.key || t.address_key === counter.key).length;
      const keysWait = rules.waitForKeys(counters);
      if (keysWait > 0) throw new Refused(keysWait);

      if (postgres) await sql`SELECT pg_advisory_xact_lock(${GLOBAL_CEILING_LOCK})`.execute(trx);
      const started = await trx
        .selectFrom("sign_in_tries")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("started_at", ">=", request.windowStart)
        .executeTakeFirstOrThrow();
      const allWait = rules.waitForAll(Number(started.n));
      if (allWait > 0) throw new Refused(allWait);

      await trx
        .insertInto("sign_in_tries")
        .values({ id: request.id, account_key: request.keys[0]!, address_key: request.keys[1] ?? null, started_at: request.now, expires_at: request.expiresAt })
        .execute();
    });
    return 0;
  } catch (error) {
    if (error instanceof Refused) return error.waitMs;
    throw error;
  }
}

/**
 * Settles a try: a wrong password counts one failure on each of its keys (the first after
 * `forgetBefore` starts again at one), a right one clears the account's.
 */
export async function settleSignInTry(
  db: Db,
  settlement: { id: string; keys: string[]; outcome: "right" | "wrong"; now: number; keepUntil: number; forgetBefore: number },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const keys = settlement.outcome === "wrong" ? settlement.keys : settlement.keys.slice(0, 1);
    // One key at a time, in the reservation's order: the same order of locks everywhere.
    for (const key of keys) {
      await trx
        .updateTable("sign_in_throttle")
        .set(
          settlement.outcome === "wrong"
            ? {
                failures: sql<number>`CASE WHEN last_failure_at < ${settlement.forgetBefore} THEN 1 ELSE failures + 1 END`,
                last_failure_at: settlement.now,
                expires_at: settlement.keepUntil,
              }
            : { failures: 0 },
        )
        .where("key", "=", key)
        .execute();
    }
    await trx.updateTable("sign_in_tries").set({ settled_at: settlement.now }).where("id", "=", settlement.id).execute();
  });
}

/** Deletes counters past their keep-until time and tries no count needs any more. */
export async function pruneSignInThrottle(db: Db, now: number): Promise<void> {
  const postgres = dialectOf(db) === "postgres";
  await db
    .deleteFrom("sign_in_throttle")
    .where("key", "in", (eb) => {
      const due = eb.selectFrom("sign_in_throttle").select("key").where("expires_at", "<", now);
      return postgres ? due.forUpdate().skipLocked() : due;
    })
    .execute();
  await db
    .deleteFrom("sign_in_tries")
    .where("id", "in", (eb) => {
      const due = eb
        .selectFrom("sign_in_tries")
        .select("id")
        .where("started_at", "<", now - WINDOW_MS)
        .where((w) => w.or([w("settled_at", "is not", null), w("expires_at", "<=", now)]));
      return postgres ? due.forUpdate().skipLocked() : due;
    })
    .execute();
}

import "server-only";
// The Catapult pace, shared by every instance on one store: a row per budget with its next
// free turn to book, the last request start claimed, and how long a 429 holds it
// (lib/catapult/pacer.ts uses these through its PaceStore). Each step is one atomic statement,
// so two instances never get the same turn or the same start.
//
// On Postgres the times are the database's clock (clock_timestamp(), not now(), which stands
// still for a transaction), so instances whose clocks disagree still agree on the pace: each
// is told how many milliseconds from now to wait, never an instant on its own clock. On SQLite
// (one instance by definition) it is this process's clock, through now_ms() (database.ts).
// Either way the clock is read as the statement runs: a time taken before a query waited its
// turn for the connection would be stale, and a start claimed at a stale time too early.
import { type RawBuilder, sql } from "kysely";
import { type Db, dialectOf } from "./dialect";

/** Now in epoch ms with fractions, read when the statement runs: on Postgres the database's clock. */
function nowMs(db: Db): RawBuilder<number> {
  return dialectOf(db) === "postgres" ? sql<number>`(extract(epoch from clock_timestamp()) * 1000)::double precision` : sql<number>`now_ms()`;
}

/** GREATEST on Postgres is MAX with several arguments on SQLite. */
function greatest(db: Db, ...values: RawBuilder<unknown>[]): RawBuilder<number> {
  return dialectOf(db) === "postgres" ? sql<number>`GREATEST(${sql.join(values)})` : sql<number>`MAX(${sql.join(values)})`;
}

const column = (name: "next_slot_at" | "hold_until" | "last_start_at") => sql.ref(`catapult_budgets.${name}`);

/**
 * Books the budget's next free start: not before now, not inside a hold, and `gapMs` after the
 * start booked before it; moves the next free start on by one gap. Answers how long from now.
 */
export async function takeBudgetSlot(db: Db, key: string, gapMs: number): Promise<number> {
  const now = nowMs(db);
  const row = await db
    .insertInto("catapult_budgets")
    .values({ key, next_slot_at: sql<number>`${now} + ${gapMs}` })
    .onConflict((conflict) =>
      conflict.column("key").doUpdateSet({ next_slot_at: sql<number>`${greatest(db, now, column("next_slot_at"), column("hold_until"))} + ${gapMs}` }),
    )
    .returning(sql<number>`next_slot_at - ${gapMs} - ${now}`.as("wait_ms"))
    .executeTakeFirstOrThrow();
  return Math.max(0, row.wait_ms);
}

/**
 * Claims the exact start of a request: the later of now, one gap after the last start claimed
 * (by any instance) and the end of a hold. Answers it and how long from now it is; the next
 * free start to book moves to one gap after it.
 */
export async function claimBudgetStart(db: Db, key: string, gapMs: number): Promise<{ startsAt: number; waitMs: number }> {
  const now = nowMs(db);
  const start = greatest(db, now, sql`${column("last_start_at")} + ${gapMs}`, column("hold_until"));
  const row = await db
    .insertInto("catapult_budgets")
    .values({ key, next_slot_at: sql<number>`${now} + ${gapMs}`, last_start_at: now })
    .onConflict((conflict) => conflict.column("key").doUpdateSet({ last_start_at: start, next_slot_at: greatest(db, column("next_slot_at"), sql`${start} + ${gapMs}`) }))
    .returning(["last_start_at", sql<number>`last_start_at - ${now}`.as("wait_ms")])
    .executeTakeFirstOrThrow();
  return { startsAt: row.last_start_at, waitMs: Math.max(0, row.wait_ms) };
}

/** Holds the budget for `waitMs` from now (a later hold already recorded stands). */
export async function holdBudget(db: Db, key: string, waitMs: number): Promise<void> {
  const until = sql<number>`${nowMs(db)} + ${waitMs}`;
  await db
    .insertInto("catapult_budgets")
    .values({ key, next_slot_at: 0, hold_until: until })
    .onConflict((conflict) => conflict.column("key").doUpdateSet({ hold_until: greatest(db, column("hold_until"), until) }))
    .execute();
}

/** The three operations as lib/catapult's PaceStore, on the store `db` gives. */
export function catapultBudgetStore(db: () => Db) {
  return {
    takeSlot: (key: string, gapMs: number) => takeBudgetSlot(db(), key, gapMs),
    claimStart: (key: string, gapMs: number) => claimBudgetStart(db(), key, gapMs),
    hold: (key: string, waitMs: number) => holdBudget(db(), key, waitMs),
  };
}

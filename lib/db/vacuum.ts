import "server-only";
// Wiped means wiped on Postgres too. A sealed password overwritten with NULL stays in the old
// row version until a vacuum; and a plain VACUUM only marks that space free without zeroing it
// (vacuum.test.ts found sealed values in the table file after VACUUM + CHECKPOINT). VACUUM FULL
// writes the table anew and deletes the old file, so the bytes leave it. It locks the table
// while it copies (milliseconds for thousands of rows), so it runs at most once per `intervalMs`
// however many rows are wiped meanwhile (a 10,000-row job vacuums a few times, not 10,000), a
// little after the wipe so the wiping transaction has committed, and outside any transaction
// (VACUUM refuses to run in one). SQLite needs none of this: secure_delete zeroes in place.
import { sql } from "kysely";
import type { Db } from "./dialect";

export interface VacuumScheduler {
  /** A wipe happened: vacuum soon (joins a vacuum already scheduled). */
  request(table: "bulk_rows"): void;
  /** Runs a scheduled vacuum now (tests, shutdown); resolves when it is done. */
  flush(): Promise<void>;
  /** Whether a vacuum is waiting to run. */
  pending(): boolean;
  stop(): void;
}

/** How long a vacuum may wait for the table's lock before it gives up and tries again later. */
const LOCK_TIMEOUT = "5s";

export function createVacuumScheduler(db: () => Db, options: { intervalMs: number }): VacuumScheduler {
  const tables = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const run = async () => {
    timer = undefined;
    const due = [...tables];
    tables.clear();
    for (const table of due) {
      try {
        await db()
          .connection()
          .execute(async (connection) => {
            await sql`SET lock_timeout = ${sql.lit(LOCK_TIMEOUT)}`.execute(connection);
            try {
              await sql`VACUUM FULL ${sql.table(table)}`.execute(connection);
            } finally {
              await sql`RESET lock_timeout`.execute(connection);
            }
          });
      } catch (error) {
        // Busy or briefly unreachable: the wiped bytes wait for the next try, never for ever.
        console.warn(`[db] VACUUM FULL ${table} did not run (${error instanceof Error ? error.message : "error"}); trying again later.`);
        schedule(table);
      }
    }
  };
  const schedule = (table: string) => {
    tables.add(table);
    if (timer) return;
    timer = setTimeout(() => void (running = running.then(run)), options.intervalMs);
    timer.unref();
  };
  return {
    request: schedule,
    pending: () => timer !== undefined,
    async flush() {
      if (timer) {
        clearTimeout(timer);
        running = running.then(run);
      }
      await running;
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      tables.clear();
    },
  };
}

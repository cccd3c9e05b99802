import "server-only";
// The database's clock, in epoch milliseconds, for leases: instances compare expiries on one
// clock, so a machine whose own clock is off cannot take over rows that are still held.
import { type RawBuilder, sql } from "kysely";
import { type Db, dialectOf } from "./dialect";

export function databaseNowMs(db: Db): RawBuilder<number> {
  return dialectOf(db) === "postgres"
    ? sql<number>`(extract(epoch from statement_timestamp()) * 1000)::bigint`
    : sql<number>`cast((julianday('now') - 2440587.5) * 86400000 as integer)`;
}

import "server-only";
// Which claimed row this piece of work holds, so that writing the row's outcome can check the
// claim still stands. The runner sends each row inside `holdingRowLease`; within it, finishRow
// and returnRowToPending (bulk-jobs.ts) touch the row only while it is still in flight under
// this claim, and otherwise throw RowLeaseLost, rolling back whatever the outcome's
// transaction wrote with it (history, audit). One check in the store covers every place that
// writes an outcome, present and future, instead of one at each call.
import { AsyncLocalStorage } from "node:async_hooks";
import type { ExpressionBuilder } from "kysely";
import { processSingleton } from "@/lib/server/process-singleton";
import type { DashboardTables } from "./schema";

/** A claim of one row: the instance run that made it and the attempt it started. */
export interface RowLease {
  jobId: string;
  rowIndex: number;
  owner: string;
  attempt: number;
}

// One per process, as Next bundles the runner's and the routes' copies of this module apart.
const held = () => processSingleton("held-row-lease", () => new AsyncLocalStorage<RowLease>());

export function holdingRowLease<T>(lease: RowLease, work: () => Promise<T>): Promise<T> {
  return held().run(lease, work);
}

/** The claim the current work holds on this row, if it holds one. */
export function heldLeaseOn(jobId: string, rowIndex: number): RowLease | undefined {
  const lease = held().getStore();
  return lease && lease.jobId === jobId && lease.rowIndex === rowIndex ? lease : undefined;
}

/** The row is still in flight under this claim: not finished, not taken over (a takeover counts another attempt). */
export function stillHeldBy(lease: RowLease) {
  return (eb: ExpressionBuilder<DashboardTables, "bulk_rows">) =>
    eb.and([eb("status", "=", "in_flight"), eb("lease_owner", "=", lease.owner), eb("attempts", "=", lease.attempt)]);
}

/**
 * The row was taken over (its lease lapsed and another instance claimed it) before this
 * outcome arrived. Nothing of the outcome is written: the row's new holder settles it.
 */
export class RowLeaseLost extends Error {
  constructor(readonly lease: RowLease, readonly outcome: string) {
    super(`Row ${lease.rowIndex} of job ${lease.jobId} was taken over by another instance before its outcome (${outcome}) was written`);
    this.name = "RowLeaseLost";
  }
}

export function isRowLeaseLost(error: unknown): error is RowLeaseLost {
  return error instanceof Error && error.name === "RowLeaseLost";
}

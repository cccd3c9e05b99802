import "server-only";
// Works through bulk jobs' rows through the Catapult client's shared pacer, with any other
// instance on the store (runner-instance.ts): rows are claimed with leases. Each outcome is
// written as it happens, only while its claim holds the row, so a stop loses nothing and
// counts nothing twice: a stopped instance's rows are taken over once their leases lapse, "in
// doubt", looked up by name before being posted again. A job's end is decided once.
import { storedActor } from "@/lib/audit/contract";
import { recordAudit, SYSTEM } from "@/lib/audit/server/record";
import type { CatapultClient } from "@/lib/catapult/client";
import { describeCatapultFailure } from "@/lib/catapult/describe-failure";
import { isCatapultError } from "@/lib/catapult/errors";
import * as changes from "@/lib/db/bulk-job-changes";
import { endJob, takeJobEnd } from "@/lib/db/bulk-job-settlement";
import { claimNextRow } from "@/lib/db/bulk-row-claims";
import { holdingRowLease, isRowLeaseLost } from "@/lib/db/row-lease";
import * as jobs from "@/lib/db/bulk-jobs";
import { recordCreatedEndpoint } from "@/lib/db/created-endpoints";
import { type Db, inTransaction } from "@/lib/db/dialect";
import { recordOwnWrite } from "@/lib/db/endpoint-list-cache";
import { settleNameTaken } from "./create-conflict";
import { sendDeleteRow } from "./delete-row";
import { openPassword } from "./password-vault";
import { cachedRowWrite, rowIdentity, saveSipDetails, sleep, systematicReason } from "./runner-support";
import { sendUpdateRow } from "./update-row";
import { createRunnerInstance, type RunnerInstanceOptions } from "./runner-instance";

export interface BulkRunnerDeps extends RunnerInstanceOptions {
  db: Db;
  catapult: CatapultClient;
  encryptionKey: Buffer;
  ratePerSecond: number;
}

const MAX_WAIT_MS = 15_000;

/** Shared by a job's workers: while Catapult is down, none of them starts a row before `until`. */
type Gate = { until: number; failures: number };
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;

export function createBulkRunner(deps: BulkRunnerDeps) {
  const { db, catapult } = deps;
  const instance = createRunnerInstance(db, deps, runJob);

  async function runJob(jobId: string): Promise<void> {
    const gate: Gate = { until: 0, failures: 0 };
    // Enough rows in flight to use the whole rate even when Catapult answers slowly.
    const workers = Math.min(32, Math.max(2, Math.ceil(deps.ratePerSecond * 2)));
    await Promise.all(Array.from({ length: workers }, () => work(jobId, gate)));
    await endIfDue(jobId);
  }

  /** The job's end, if due and nobody else has it: the SIP details read once, then completed (or cancelled rows marked). */
  async function endIfDue(jobId: string): Promise<void> {
    if (!(await takeJobEnd(jobId, instance.terms, db))) return;
    const job = await jobs.getBulkJob(jobId, db);
    if (job) await saveSipDetails(deps, job);
    await endJob(jobId, instance.terms.owner, db);
  }

  async function work(jobId: string, gate: Gate): Promise<void> {
    for (;;) {
      const job = await jobs.getBulkJob(jobId, db);
      // A cancelled job still has its rows in flight finished, here or after a takeover.
      if (!job || (job.status !== "running" && job.status !== "cancelled") || instance.stopped) return;
      if (Date.now() < gate.until) {
        await sleep(Math.min(500, gate.until - Date.now()));
        continue;
      }
      const row = await claimNextRow(jobId, instance.terms, db);
      if (!row) return;
      try {
        await holdingRowLease(row.lease, () => sendRow(job, row, gate));
      } catch (error) {
        if (!isRowLeaseLost(error)) throw error;
        // Late: the row lapsed and was taken over. Its new holder records it; a create is found by name.
        console.warn(`[bulk] job ${jobId} row ${row.sourceRow}: an answer (${error.outcome}) came after another instance took the row over; not recorded twice.`);
      }
    }
  }

  async function sendRow(job: jobs.BulkJobRecord, row: jobs.BulkRowRecord & { passwordSealed: Buffer | null }, gate: Gate) {
    if (row.op === "delete" && row.endpointId) return sendDelete(job, { ...row, endpointId: row.endpointId }, gate);
    if (row.patch && row.endpointId) return sendUpdate(job, { ...row, patch: row.patch, endpointId: row.endpointId }, gate);
    if (!row.passwordSealed) {
      await jobs.finishRow(job.id, row.rowIndex, { status: "failed", error: "The row's password is no longer stored; create this endpoint again from a new paste." }, db);
      return;
    }
    try {
      const password = openPassword(deps.encryptionKey, rowIdentity(job.id, row.rowIndex), row.passwordSealed);
      const created = await catapult.createEndpoint(
        job.domainId,
        {
          name: row.name,
          password,
          ...(row.description !== null ? { description: row.description } : {}),
          ...(row.applicationId !== null ? { applicationId: row.applicationId } : {}),
          ...(row.enabled !== null ? { enabled: row.enabled } : {}),
        },
        { inDoubt: row.inDoubt, background: true },
      );
      // One audit entry per created row, in the row's own transaction: an entry exists exactly
      // when the row says "created", and one more insert is nothing beside Catapult's pacing.
      const actor = storedActor(job.actorType, job.actorId, job.actorLabel);
      await inTransaction(db, async (trx) => {
        await jobs.finishRow(job.id, row.rowIndex, { status: created.outcome === "created" ? "created" : "already_existed", endpointId: created.id }, trx);
        await recordCreatedEndpoint({ endpointId: created.id, name: row.name, domainId: job.domainId, source: "bulk", jobId: job.id, actor }, trx);
        await recordOwnWrite(job.domainId, { endpoint: cachedRowWrite(row, created.id, job.domainId) }, Date.now(), trx);
        await recordAudit(
          { actor, sourceAddress: null },
          "endpoint.create",
          { target: { domainId: job.domainId, endpointId: created.id, endpointName: row.name, jobId: job.id }, detail: { source: "bulk", outcome: created.outcome } },
          trx,
        );
      });
      await clearNotice(job, gate);
    } catch (error) {
      await handleFailure(job, row, error, gate);
    }
  }

  /** An "update existing names" row: a PATCH of the fields that differ (update-row.ts). */
  async function sendUpdate(job: jobs.BulkJobRecord, row: jobs.BulkRowRecord & { passwordSealed: Buffer | null; patch: NonNullable<jobs.BulkRowRecord["patch"]>; endpointId: string }, gate: Gate) {
    if (job.action === "rotate-password" && !row.passwordSealed) {
      await jobs.finishRow(job.id, row.rowIndex, { status: "failed", error: "The row's new password is no longer stored; rotate this endpoint's password again." }, db);
      return;
    }
    try {
      const password = row.passwordSealed ? openPassword(deps.encryptionKey, rowIdentity(job.id, row.rowIndex), row.passwordSealed) : undefined;
      const outcome = await sendUpdateRow(catapult, job.domainId, row.endpointId, row.patch, password, job.action !== "create");
      const actor = storedActor(job.actorType, job.actorId, job.actorLabel);
      // As for creates: the audit entry exists exactly when the row says "updated". Field names only, never values.
      await inTransaction(db, async (trx) => {
        await jobs.finishRow(job.id, row.rowIndex, outcome.status === "failed" ? { status: "failed", error: outcome.error } : { status: outcome.status }, trx);
        if (outcome.status !== "failed" || outcome.gone) await recordOwnWrite(job.domainId, outcome.status === "failed" ? { removedId: row.endpointId } : { endpoint: outcome.endpoint }, Date.now(), trx);
        if (outcome.status !== "updated") return;
        await recordAudit(
          { actor, sourceAddress: null },
          "endpoint.update",
          { target: { domainId: job.domainId, endpointId: row.endpointId, endpointName: row.name, jobId: job.id }, detail: { source: "bulk", ...(job.action === "create" ? {} : { action: job.action }), changed: outcome.fields } },
          trx,
        );
      });
      await clearNotice(job, gate);
    } catch (error) {
      await handleFailure(job, row, error, gate);
    }
  }

  /** A delete row (delete-row.ts); the audit entry exists exactly when the row says "deleted". */
  async function sendDelete(job: jobs.BulkJobRecord, row: jobs.BulkRowRecord & { endpointId: string }, gate: Gate) {
    try {
      const outcome = await sendDeleteRow(catapult, job.domainId, row.endpointId, row.inDoubt);
      const actor = storedActor(job.actorType, job.actorId, job.actorLabel);
      await inTransaction(db, async (trx) => {
        await jobs.finishRow(job.id, row.rowIndex, { status: outcome.status }, trx);
        await recordOwnWrite(job.domainId, { removedId: row.endpointId }, Date.now(), trx);
        if (outcome.status !== "deleted") return;
        const detail = { source: "bulk", ...(outcome.confirmedByLookup ? { confirmedBy: "404 after a lost answer" } : {}) };
        await recordAudit({ actor, sourceAddress: null }, "endpoint.delete", { target: { domainId: job.domainId, endpointId: row.endpointId, endpointName: row.name, jobId: job.id }, detail }, trx);
      });
      await clearNotice(job, gate);
    } catch (error) {
      await handleFailure(job, row, error, gate);
    }
  }

  async function clearNotice(job: jobs.BulkJobRecord, gate: Gate) {
    // Also a notice another instance left (it may have stopped): a row went through, so it is stale.
    if (gate.failures === 0 && job.notice === null) return;
    gate.failures = 0;
    await jobs.setJobState(job.id, { notice: null }, db);
  }

  async function handleFailure(job: jobs.BulkJobRecord, row: jobs.BulkRowRecord, error: unknown, gate: Gate) {
    if (isRowLeaseLost(error)) throw error;
    if (!isCatapultError(error)) {
      console.error(`[bulk] job ${job.id} row ${row.sourceRow}:`, error instanceof Error ? error.stack : String(error));
      await jobs.returnRowToPending(job.id, row.rowIndex, true, db);
      await pause(job.id, "An unexpected error stopped the job; see the server log, then resume.");
      return;
    }
    // Taken since the preview, or unknown to a cached list behind Catapult (create-conflict.ts).
    if (error.kind === "conflict") return settleNameTaken({ db, catapult }, job, row);
    const systematic = systematicReason(error, row.op);
    if (systematic) {
      await jobs.returnRowToPending(job.id, row.rowIndex, row.inDoubt, db);
      await pause(job.id, systematic);
      return;
    }
    if (error.retryable) {
      // Catapult is down or overloaded: every row would fail the same way, so the job waits.
      await jobs.returnRowToPending(job.id, row.rowIndex, row.inDoubt || error.ambiguous, db);
      gate.failures++;
      const wait = Math.min(MAX_WAIT_MS, 1000 * 2 ** Math.min(gate.failures, 4));
      gate.until = Math.max(gate.until, Date.now() + wait);
      const what = error.kind === "rate-limited" ? "Catapult is rate limiting" : error.kind === "server" ? `Catapult answers ${error.status}` : "Catapult cannot be reached";
      await jobs.setJobState(job.id, { notice: `${what}; waiting and retrying (next try in ${Math.round(wait / 1000)} s). Nothing is lost.` }, db);
      return;
    }
    const gone = error.kind === "not-found" && row.op !== "create" && !error.code?.startsWith("application-");
    if (gone && row.endpointId) await recordOwnWrite(job.domainId, { removedId: row.endpointId }, Date.now(), db);
    const message = gone ? "This endpoint was deleted from the domain while the job ran; nothing was changed." : describeCatapultFailure(error, "domain").message;
    await jobs.finishRow(job.id, row.rowIndex, { status: "failed", error: message }, db);
  }

  async function pause(jobId: string, reason: string) {
    await inTransaction(db, async (trx) => {
      // Rows in flight together each see the same refusal: the job pauses (and is recorded) once,
      // also when they run on several instances (the job's row is locked until this commits).
      const job = await jobs.lockBulkJob(jobId, trx);
      if (job?.status === "paused") return;
      await jobs.setJobState(jobId, { status: "paused", pauseReason: reason, notice: null }, trx);
      await recordAudit(SYSTEM, "bulk-job.pause", { target: { jobId, domainId: job?.domainId }, detail: { reason } }, trx);
    });
  }

  return {
    start: instance.start,
    startScout: instance.startScout,
    stop: instance.stop,
    resume: instance.resume,
    retryFailed: instance.retryFailed,
    cancel: instance.cancel,
    /**
     * A failed row keeps its sealed password so that "Retry failed rows" can send it, but
     * not forever: RETRY_WINDOW_MS after its job finished, it is wiped.
     */
    wipeExpiredRetryPasswords(now = Date.now()): Promise<number> {
      return changes.wipeRetryPasswordsFinishedBefore(now - RETRY_WINDOW_MS, db);
    },
  };
}

export type BulkRunner = ReturnType<typeof createBulkRunner>;

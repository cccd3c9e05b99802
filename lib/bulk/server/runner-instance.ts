import "server-only";
// The bulk runner as one instance among several sharing the store: who it is to the others
// (its lease owner), which jobs it works on (its own runs, and what its scout finds: at start,
// then every interval, one pass at a time), the heartbeat that renews the leases of the rows
// and job ends it holds while it works on anything, and the controls (resume, retry, cancel)
// that set a job going again or stop it. State lives in the store, so any instance's control
// takes effect on every instance: their workers read the job before each row.
import crypto from "node:crypto";
import * as changes from "@/lib/db/bulk-job-changes";
import * as settlement from "@/lib/db/bulk-job-settlement";
import * as jobs from "@/lib/db/bulk-jobs";
import * as claims from "@/lib/db/bulk-row-claims";
import type { Db } from "@/lib/db/dialect";

export interface RunnerInstanceOptions {
  /** This instance among those sharing the store (INSTANCE_ID, or host and port). */
  instanceId?: string;
  lease?: { ms: number; heartbeatMs: number };
  scoutIntervalMs?: number;
}

/**
 * A claim lasts 30 s unrenewed and is renewed every 10 s: it survives two missed heartbeats
 * (a slow store, a long pause of the process), and while the instance lives its rows stay its
 * own however long Catapult or the pacer keeps them (a request alone may take
 * CATAPULT_TIMEOUT_MS, 15 s by default). The price of an instance dying is at most 30 s
 * before its rows are taken over, and one lookup by name for each.
 */
export const LEASE = { ms: 30_000, heartbeatMs: 10_000 };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `workOn` works on a job's rows until none is left for this instance, then ends it if due. */
export function createRunnerInstance(db: Db, options: RunnerInstanceOptions, workOn: (jobId: string) => Promise<void>) {
  const instanceId = options.instanceId ?? "local";
  const lease = options.lease ?? LEASE;
  // This run of the instance: a restarted instance is another holder, so an old claim of its
  // own cannot pass for a new one.
  const terms: claims.LeaseTerms = { owner: `${instanceId}#${crypto.randomBytes(4).toString("hex")}`, ms: lease.ms };
  let working = 0;
  let beat: NodeJS.Timeout | undefined;
  let scout: NodeJS.Timeout | undefined;
  let stopped = false;
  let scouting = false;
  const running = new Map<string, Promise<void>>();

  /** Works on a job here (with any other instance) unless this instance already does. */
  function start(jobId: string): Promise<void> {
    let run = running.get(jobId);
    if (!run) {
      run = during(() => workOn(jobId)).finally(() => running.delete(jobId));
      running.set(jobId, run);
    }
    return run;
  }
  const launch = (jobId: string) => void start(jobId).catch((error: unknown) => console.error(`[bulk] job ${jobId}: stopped working on it here: ${messageOf(error)}`));
  const take = (jobId: string) => void (running.has(jobId) || launch(jobId));

  /** Runs `work` with this instance's leases renewed every heartbeat while any work runs. */
  async function during<T>(work: () => Promise<T>): Promise<T> {
    if (working++ === 0 && !stopped) beat = setInterval(renew, lease.heartbeatMs).unref();
    try {
      return await work();
    } finally {
      if (--working === 0) clearInterval(beat);
    }
  }

  const renew = () => void claims.renewLeases(terms, db).catch((error: unknown) => console.error(`[bulk] could not renew leases: ${messageOf(error)}`));
  const scoutPass = async (): Promise<string[]> => {
    const jobIds = await settlement.jobsToWorkOn(db);
    jobIds.forEach(take);
    return jobIds;
  };
  const scoutLater = () => {
    if (stopped) return;
    scout = setTimeout(() => void scoutPass().catch((error: unknown) => console.error(`[bulk] scout: ${messageOf(error)}`)).finally(scoutLater), options.scoutIntervalMs ?? 1000);
    scout.unref();
  };

  return {
    terms,
    get stopped() {
      return stopped;
    },
    start,
    /**
     * At server start: ends the leases an earlier run of this instance left (that run is
     * gone), then works on the jobs with work, now and every scout interval. Resolves with
     * the jobs found at once.
     */
    async startScout(): Promise<string[]> {
      if (scouting) return [];
      scouting = true;
      await claims.endLeasesOfEarlierRuns(instanceId, terms, db);
      return scoutPass().finally(scoutLater);
    },
    /** Stops looking for work, claiming rows and renewing leases, as a dead instance would (tests). */
    stop() {
      stopped = true;
      clearTimeout(scout);
      clearInterval(beat);
    },
    /** Resolves once the job is running again; `start(jobId)` then gives this instance's run. */
    async resume(jobId: string): Promise<void> {
      await jobs.setJobState(jobId, { status: "running", pauseReason: null, notice: null }, db);
      launch(jobId);
    },
    async retryFailed(jobId: string): Promise<number> {
      const count = await changes.requeueFailedRows(jobId, db);
      if (count > 0) {
        await jobs.setJobState(jobId, { status: "running", pauseReason: null, finishedAt: null }, db);
        launch(jobId);
      }
      return count;
    },
    /**
     * Stops after the rows in flight; rows not yet sent are marked cancelled. With rows still
     * in flight on another instance, the job ends there once they are back.
     */
    async cancel(jobId: string): Promise<void> {
      await jobs.setJobState(jobId, { status: "cancelled", notice: null }, db);
      await running.get(jobId);
      await start(jobId);
    },
  };
}

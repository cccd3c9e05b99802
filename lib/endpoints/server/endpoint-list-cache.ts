import "server-only";
// Each domain's endpoint list, kept in the dashboard's store so a visit never waits for
// Catapult's paging (1,000 per request at 1 request/s: 10 s for 10,000 endpoints).
// - A visit answers from the store at once and starts a read of Catapult's list in the
//   background when the cache is missing or older than MAX_AGE_MS. Each page is stored as it
//   arrives, so a first visit's list grows while the rest is read.
// - One read per domain at a time: in this process a second caller joins the running one;
//   across instances sharing the store (SQLite file or Postgres), `refreshing_since` and its
//   heartbeat say one runs, and a read silent for STALL_MS is taken over.
// - Our own writes keep it right between reads (endpoint-writes.ts, create-one-endpoint.ts,
//   the bulk runner); lib/db/endpoint-list-cache.ts
//   holds the rules that stop a read from undoing them.
import { getCatapult } from "@/lib/catapult";
import type { CatapultClient } from "@/lib/catapult/client";
import { describeCatapultFailure } from "@/lib/catapult/describe-failure";
import { isCatapultError } from "@/lib/catapult/errors";
import { getDb } from "@/lib/db/database";
import type { Db } from "@/lib/db/dialect";
import * as store from "@/lib/db/endpoint-list-cache";
import { DomainError } from "@/lib/domain-error";
import type { Endpoint, EndpointListState, EndpointsResponse } from "@/lib/endpoints/contract";
import { processSingleton } from "@/lib/server/process-singleton";

/**
 * Older than this, a visit reads Catapult's list again in the background. Our own writes keep
 * the cache right, so only other tools' changes wait for a read; 5 minutes shows them soon
 * after anyone looks, while a person going back and forth between pages does not spend ten
 * requests of the shared 1/s budget (a bulk job's ten rows) on every visit.
 */
export const MAX_AGE_MS = 5 * 60_000;
/** A running read touches the store this often, even while it waits for the rate limit. */
const HEARTBEAT_MS = 5_000;
/** A read silent this long is taken to be dead (its process stopped) and may be replaced. */
export const STALL_MS = 20_000;
/** A failed read is not started again by a visit sooner than this (Refresh still can). */
const RETRY_AFTER_FAILURE_MS = 30_000;
/** How often a caller waiting for another instance's read looks at the store. */
const OTHER_PROCESS_POLL_MS = 250;

export interface EndpointListCacheDeps {
  db: Db;
  catapult: Pick<CatapultClient, "listEndpointPages">;
  now?: () => number;
  maxAgeMs?: number;
  heartbeatMs?: number;
}

/** A read this process runs or waits for: `started` once it holds the domain (or found another instance's). */
interface Run {
  started: Promise<void>;
  done: Promise<void>;
}

export function createEndpointListCache(deps: EndpointListCacheDeps) {
  const { db } = deps;
  const now = deps.now ?? Date.now;
  const maxAgeMs = deps.maxAgeMs ?? MAX_AGE_MS;
  const heartbeatMs = deps.heartbeatMs ?? HEARTBEAT_MS;
  const running = new Map<string, Run>();

  /** Starts a read of the domain's list, or joins the one running in this process. */
  function start(domainId: string): Run {
    const mine = running.get(domainId);
    if (mine) return mine;
    let markStarted = () => {};
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    // Taken synchronously, before the store is asked: a second caller in this process joins
    // this run instead of asking the store too and then waiting as if for another instance.
    const done = readOrWait(domainId, markStarted).finally(() => {
      markStarted();
      running.delete(domainId);
    });
    const run = { started, done };
    running.set(domainId, run);
    return run;
  }

  async function readOrWait(domainId: string, markStarted: () => void): Promise<void> {
    for (;;) {
      const ticket = await store.beginListRefresh(domainId, now(), STALL_MS, db);
      markStarted();
      if (ticket) return readWholeList(domainId, ticket);
      // Another instance reads it: wait for its end, or take over once it stalls.
      if (!(await otherInstanceStalled(domainId))) return;
    }
  }

  async function readWholeList(domainId: string, ticket: store.RefreshTicket): Promise<void> {
    const heartbeat = setInterval(() => {
      store.touchListRefresh(domainId, ticket, now(), db).catch((error: unknown) => console.warn(`[endpoint-list-cache] heartbeat: ${error instanceof Error ? error.message : String(error)}`));
    }, heartbeatMs);
    heartbeat.unref?.();
    const seen = new Set<string>();
    try {
      for await (const page of deps.catapult.listEndpointPages(domainId)) {
        for (const endpoint of page) seen.add(endpoint.id);
        // Taken over (this read stalled) or the domain deleted: stop reading for nothing.
        if (!(await store.storeRefreshPage(domainId, ticket, page, now(), db))) return;
      }
      await store.finishListRefresh(domainId, ticket, seen, db);
    } catch (error) {
      await store.failListRefresh(domainId, ticket, failureText(error), now(), db);
      throw error;
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Waits while another instance's read runs: false once it ended, true once it went silent. */
  async function otherInstanceStalled(domainId: string): Promise<boolean> {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, OTHER_PROCESS_POLL_MS));
      const list = await store.getCachedList(domainId, db);
      if (!list || list.refreshingSince === null) return false;
      if ((list.refreshProgressAt ?? 0) < now() - STALL_MS) return true;
    }
  }

  function wantsRead(list: store.CachedListRecord | undefined): boolean {
    if (!list) return true;
    // A read whose instance died (no heartbeat for STALL_MS) is taken over by the next look,
    // or a first visit's page would wait on it for ever.
    if (list.refreshingSince !== null) return (list.refreshProgressAt ?? 0) < now() - STALL_MS;
    if (list.refreshError !== null && now() - (list.refreshProgressAt ?? 0) < RETRY_AFTER_FAILURE_MS) return false;
    return list.completeAt === null || now() - list.completeAt > maxAgeMs;
  }

  /**
   * The read's outcome is in the store, for the page to show. Settles once the read holds the
   * domain in the store, so an answer given next already says a read is running.
   */
  function refreshInBackground(domainId: string): Promise<void> {
    const run = start(domainId);
    run.done.catch(() => undefined);
    return run.started;
  }

  function isUsable(list: store.CachedListRecord | undefined): boolean {
    return list?.completeAt != null && now() - list.completeAt <= maxAgeMs;
  }

  return {
    /** Reads the domain's list (or joins the read running here or elsewhere); settles when it ends. */
    refresh: (domainId: string): Promise<void> => start(domainId).done,
    refreshInBackground,

    /**
     * A page's look at the cache, at once: what changed after `since` (everything for 0),
     * starting a read first when the cache is missing or old.
     */
    async look(domainId: string, since: number): Promise<EndpointsResponse> {
      if (wantsRead(await store.getCachedList(domainId, db))) await refreshInBackground(domainId);
      // The list before its rows: rows changed meanwhile come again next time, never missed.
      const list = await store.getCachedList(domainId, db);
      const whole = since === 0 || since < (list?.purgedSeq ?? 0) || since > (list?.seq ?? 0);
      const { endpoints, removed } = await store.readCachedEndpoints(domainId, whole ? 0 : since, db);
      return { endpoints, removed, whole, seq: list?.seq ?? 0, list: listState(list) };
    },

    /** Every endpoint, as of at most the cache's age: read first when missing or older. */
    async wholeList(domainId: string): Promise<{ endpoints: Endpoint[]; list: EndpointListState; seq: number }> {
      // A read joined in another instance may end short (its error is not ours to throw), or a
      // read may be taken over: then read here, once more, and let Catapult's error answer.
      for (let attempt = 0; !isUsable(await store.getCachedList(domainId, db)); attempt++) {
        if (attempt === 2) throw new DomainError("conflict", "The domain's endpoint list could not be read whole from Catapult; try again.");
        await start(domainId).done;
      }
      const list = await store.getCachedList(domainId, db);
      return { endpoints: (await store.readCachedEndpoints(domainId, 0, db)).endpoints, list: listState(list), seq: list?.seq ?? 0 };
    },

    state: async (domainId: string): Promise<EndpointListState> => listState(await store.getCachedList(domainId, db)),
  };
}

export type EndpointListCache = ReturnType<typeof createEndpointListCache>;

export function getEndpointListCache(): EndpointListCache {
  return processSingleton("endpoint-list-cache", () => createEndpointListCache({ db: getDb(), catapult: getCatapult() }));
}

function listState(list: store.CachedListRecord | undefined): EndpointListState {
  if (!list) return { asOf: null, refreshing: null, lastCount: null, error: null };
  return {
    asOf: list.completeAt,
    refreshing: list.refreshingSince === null ? null : { since: list.refreshingSince, loaded: list.refreshLoaded },
    lastCount: list.completeCount,
    error: list.refreshError,
  };
}

/** Words for the page; never our request (no credentials, no password: none is in a list read). */
function failureText(error: unknown): string {
  if (isCatapultError(error)) return describeCatapultFailure(error, "domain").message;
  console.error("[endpoint-list-cache] a read of the list failed:", error instanceof Error ? error.stack : String(error));
  return "The dashboard failed while reading the list; see the server log.";
}

import "server-only";
// Each domain's endpoint list, kept in the dashboard's store so a visit never waits for
// Catapult's paging (1,000 per request at 1 request/s: 10 s for 10,000 endpoints).
// - A visit answers from the store at once and starts a read of Catapult's list in the
//   background when the cache is missing or older than MAX_AGE_MS. Each page is stored as it
//   arrives, so a first visit's list grows while the rest is read.
// - One read per domain at a time: in this process a second caller joins the running one;
//   across processes sharing the store, `refreshing_since` and its heartbeat say one runs.
// - Our own writes keep it right between reads (own-writes.ts); lib/db/endpoint-list-cache.ts
//   holds the rules that stop a read from undoing them.
import type Database from "better-sqlite3";
import { getCatapult } from "@/lib/catapult";
import type { CatapultClient } from "@/lib/catapult/client";
import { describeCatapultFailure } from "@/lib/catapult/describe-failure";
import { isCatapultError } from "@/lib/catapult/errors";
import { getDb } from "@/lib/db/database";
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
/** How often a caller waiting for another process's read looks at the store. */
const OTHER_PROCESS_POLL_MS = 250;

export interface EndpointListCacheDeps {
  db: Database.Database;
  catapult: Pick<CatapultClient, "listEndpointPages">;
  now?: () => number;
  maxAgeMs?: number;
}

export function createEndpointListCache(deps: EndpointListCacheDeps) {
  const { db } = deps;
  const now = deps.now ?? Date.now;
  const maxAgeMs = deps.maxAgeMs ?? MAX_AGE_MS;
  const running = new Map<string, Promise<void>>();

  /** Starts a read of the domain's list, or joins the one running; settles when it ends. */
  function refresh(domainId: string): Promise<void> {
    const mine = running.get(domainId);
    if (mine) return mine;
    const ticket = store.beginListRefresh(domainId, now(), STALL_MS, db);
    if (!ticket) return waitForOtherProcess(domainId);
    const run = readWholeList(domainId, ticket).finally(() => running.delete(domainId));
    running.set(domainId, run);
    return run;
  }

  async function readWholeList(domainId: string, ticket: store.RefreshTicket): Promise<void> {
    const heartbeat = setInterval(() => store.touchListRefresh(domainId, ticket, now(), db), HEARTBEAT_MS);
    heartbeat.unref?.();
    const seen = new Set<string>();
    try {
      for await (const page of deps.catapult.listEndpointPages(domainId)) {
        for (const endpoint of page) seen.add(endpoint.id);
        // Taken over (this read stalled) or the domain deleted: stop reading for nothing.
        if (!store.storeRefreshPage(domainId, ticket, page, now(), db)) return;
      }
      store.finishListRefresh(domainId, ticket, seen, db);
    } catch (error) {
      store.failListRefresh(domainId, ticket, failureText(error), now(), db);
      throw error;
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function waitForOtherProcess(domainId: string): Promise<void> {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, OTHER_PROCESS_POLL_MS));
      const list = store.getCachedList(domainId, db);
      if (!list || list.refreshingSince === null) return;
      if ((list.refreshProgressAt ?? 0) < now() - STALL_MS) return refresh(domainId);
    }
  }

  function wantsRead(list: store.CachedListRecord | undefined): boolean {
    if (!list) return true;
    if (list.refreshingSince !== null) return false;
    if (list.refreshError !== null && now() - (list.refreshProgressAt ?? 0) < RETRY_AFTER_FAILURE_MS) return false;
    return list.completeAt === null || now() - list.completeAt > maxAgeMs;
  }

  /** Fire and forget: the read's outcome is in the store, for the page to show. */
  function refreshInBackground(domainId: string): void {
    refresh(domainId).catch(() => undefined);
  }

  return {
    refresh,
    refreshInBackground,

    /**
     * A page's look at the cache, at once: what changed after `since` (everything for 0),
     * starting a read first when the cache is missing or old.
     */
    look(domainId: string, since: number): EndpointsResponse {
      if (wantsRead(store.getCachedList(domainId, db))) refreshInBackground(domainId);
      const list = store.getCachedList(domainId, db);
      const whole = since === 0 || since < (list?.purgedSeq ?? 0) || since > (list?.seq ?? 0);
      const { endpoints, removed } = store.readCachedEndpoints(domainId, whole ? 0 : since, db);
      return { endpoints, removed, whole, seq: list?.seq ?? 0, list: listState(list) };
    },

    /** Every endpoint, as of at most the cache's age: read first when missing or older. */
    async wholeList(domainId: string): Promise<{ endpoints: Endpoint[]; list: EndpointListState; seq: number }> {
      // A read joined in another process may end short (its error is not ours to throw), or a
      // read may be taken over: then read here, once more, and let Catapult's error answer.
      for (let attempt = 0; !isUsable(store.getCachedList(domainId, db)); attempt++) {
        if (attempt === 2) throw new DomainError("conflict", "The domain's endpoint list could not be read whole from Catapult; try again.");
        await refresh(domainId);
      }
      const list = store.getCachedList(domainId, db);
      return { endpoints: store.readCachedEndpoints(domainId, 0, db).endpoints, list: listState(list), seq: list?.seq ?? 0 };
    },

    state: (domainId: string): EndpointListState => listState(store.getCachedList(domainId, db)),
  };

  function isUsable(list: store.CachedListRecord | undefined): boolean {
    return list?.completeAt != null && now() - list.completeAt <= maxAgeMs;
  }
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

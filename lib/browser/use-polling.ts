// A value read from the API and read again while it can change: the plain polling behind the
// domain page's endpoint list and its running-job banner. A page with one reader of each
// value needs no query cache (TanStack Query would cost it ~11 kB gzip of its 150 kB).
// - `load` asks once; `next` says how long to wait before asking again, or false to stop.
// - A 4xx answers the same again (no such thing, not allowed): it stops until `pollNow`.
//   Anything else (the server down, a 5xx) is tried again a few seconds later.
// - Coming back to the tab asks at once, as the query cache did on focus: a list left open
//   for an hour is looked at again (and a stale cache refreshed) when someone reads it.
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError } from "./api-fetch";

export const RETRY_AFTER_ERROR_MS = 3_000;

export interface Polled<T> {
  data: T | undefined;
  error: unknown;
  isError: boolean;
  /** Nothing to show yet: no answer so far, and none failed. */
  isPending: boolean;
  isFetching: boolean;
  /** Asks now, and polls on from that answer; settles once the answer has been taken in. */
  pollNow: () => Promise<void>;
}

/**
 * `key` names what is polled (a domain's id): a new key starts over. `load`, `next` and
 * `initial` are module-level functions (a new one starts the loop again). `initial` is what
 * this tab already holds for the key, shown until the first answer.
 */
export function usePolling<T>(
  key: string,
  load: (key: string, signal: AbortSignal) => Promise<T>,
  next: (data: T) => number | false,
  initial?: (key: string) => T | undefined,
): Polled<T> {
  const [state, setState] = useState(() => ({ key, data: initial?.(key), error: null as unknown }));
  const [isFetching, setFetching] = useState(false);
  // Another key: what the tab holds for it, at once (React's pattern for state following a prop).
  if (state.key !== key) setState({ key, data: initial?.(key), error: null });
  const pollNowRef = useRef<() => Promise<void>>(async () => {});

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    let stopped = false;
    async function poll(): Promise<void> {
      clearTimeout(timer);
      controller?.abort();
      const abort = new AbortController();
      controller = abort;
      setFetching(true);
      let wait: number | false;
      try {
        const data = await load(key, abort.signal);
        if (abort.signal.aborted) return;
        setState({ key, data, error: null });
        wait = next(data);
      } catch (failure) {
        // Replaced by a newer look (pollNow), or the page left: nothing to say.
        if (abort.signal.aborted) return;
        setState((current) => ({ ...current, error: failure }));
        wait = failure instanceof ApiRequestError && failure.isClientError ? false : RETRY_AFTER_ERROR_MS;
      }
      setFetching(false);
      if (!stopped && wait !== false) timer = setTimeout(() => void poll(), wait);
    }
    const onVisible = () => {
      if (document.visibilityState === "visible") void poll();
    };
    pollNowRef.current = poll;
    document.addEventListener("visibilitychange", onVisible);
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [key, load, next]);

  const pollNow = useCallback(() => pollNowRef.current(), []);
  const { data, error } = state;
  return { data, error, isError: error !== null, isPending: data === undefined && error === null, isFetching, pollNow };
}

// The filters of a page rendered on the server from its URL: a change writes the URL (text
// after a pause in typing, a choice at once), the server renders the page again with it, and
// `pending` is true while that is on its way. What the person typed stays as typed while the
// page catches up; a change of URL from elsewhere (a "Clear filters" link, Back) replaces it.
// Next's router does the writing: a page that renders its data on the server needs no URL
// state library in the browser (nuqs costs such a page ~10 kB gzip; the page reads the URL
// on the server, with nuqs's parsers).
// A page that filters in the browser what it already holds (the domain page's endpoints) asks
// for `shallow`: the URL is written with the History API, which Next's router takes in
// (useSearchParams follows), and nothing is rendered again on the server.
// A write still waiting for the pause must never land after the person moved on: Next's router
// takes a late write as a navigation of its own, so one that fired while a click's navigation
// was on its way (a bulk action opening its job, a link) cancelled it and left the person here.
// A click anywhere (and a form's submit) writes it at once, before the click's own handlers
// run; going Back drops it.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useTransition } from "react";

interface UrlFilterOptions {
  /** How long typing must pause before the URL is written. */
  delayMs?: number;
  /** Write the URL only (history.replaceState): the page does its own filtering. */
  shallow?: boolean;
}

export function useUrlFilters<F extends object>(path: string, current: F, search: (filters: F) => string, { delayMs = 300, shallow = false }: UrlFilterOptions = {}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [draft, setDraft] = useState(current);
  const [shown, setShown] = useState(() => search(current));
  const [pushed, setPushed] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** The write waiting for typing to pause, if any. */
  const waiting = useRef<(() => void) | null>(null);
  // What `set` builds on: the draft as last rendered, or as last set (two changes in one event).
  const latest = useRef(draft);
  useLayoutEffect(() => {
    latest.current = draft;
  }, [draft]);
  useEffect(() => {
    const flush = () => {
      clearTimeout(timer.current);
      const write = waiting.current;
      waiting.current = null;
      write?.();
    };
    const drop = () => {
      clearTimeout(timer.current);
      waiting.current = null;
    };
    // Capture, on the document: before React's handlers (on the root) run the click.
    document.addEventListener("click", flush, true);
    document.addEventListener("submit", flush, true);
    window.addEventListener("popstate", drop);
    return () => {
      document.removeEventListener("click", flush, true);
      document.removeEventListener("submit", flush, true);
      window.removeEventListener("popstate", drop);
      drop();
    };
  }, []);

  const currentSearch = search(current);
  if (currentSearch !== shown) {
    setShown(currentSearch);
    if (currentSearch !== pushed) setDraft(current);
  }

  /** `now` for a choice (a select, a date); text waits for a pause. One function for the page's life, so memoised views keep it. */
  const set = useCallback(
    (next: Partial<F>, { now = false } = {}) => {
      const filters = { ...latest.current, ...next };
      latest.current = filters;
      setDraft(filters);
      clearTimeout(timer.current);
      waiting.current = null;
      const navigate = () => {
        waiting.current = null;
        const url = search(filters);
        setPushed(url);
        if (shallow) window.history.replaceState(null, "", `${path}${url}`);
        else startTransition(() => router.replace(`${path}${url}`, { scroll: false }));
      };
      if (now) navigate();
      else {
        waiting.current = navigate;
        timer.current = setTimeout(navigate, delayMs);
      }
    },
    [path, search, delayMs, shallow, router],
  );

  return { filters: draft, set, pending };
}

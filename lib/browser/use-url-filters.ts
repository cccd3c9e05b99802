// The filters of a page rendered on the server from its URL: a change writes the URL (text
// after a pause in typing, a choice at once), the server renders the page again with it, and
// `pending` is true while that is on its way. What the person typed stays as typed while the
// page catches up; a change of URL from elsewhere (a "Clear filters" link, Back) replaces it.
// Next's router does the writing: a page that renders its data on the server needs no URL
// state library in the browser (nuqs costs such a page ~10 kB gzip; the page reads the URL
// on the server, with nuqs's parsers).
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

export function useUrlFilters<F extends object>(path: string, current: F, search: (filters: F) => string, delayMs = 300) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [draft, setDraft] = useState(current);
  const [shown, setShown] = useState(() => search(current));
  const [pushed, setPushed] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const currentSearch = search(current);
  if (currentSearch !== shown) {
    setShown(currentSearch);
    if (currentSearch !== pushed) setDraft(current);
  }

  function navigate(filters: F) {
    const next = search(filters);
    setPushed(next);
    startTransition(() => router.replace(`${path}${next}`, { scroll: false }));
  }

  /** `now` for a choice (a select, a date); text waits for a pause. */
  function set(next: Partial<F>, { now = false } = {}) {
    const filters = { ...draft, ...next };
    setDraft(filters);
    clearTimeout(timer.current);
    if (now) navigate(filters);
    else timer.current = setTimeout(() => navigate(filters), delayMs);
  }

  return { filters: draft, set, pending };
}

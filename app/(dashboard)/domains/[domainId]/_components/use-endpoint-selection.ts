"use client";
// Which endpoints the operator has ticked, by id, across pages, sorts and searches: a tick
// stays until it is cleared or its endpoint leaves the domain. Shift-click ticks (or unticks)
// the range from the last clicked row to this one, within the rows on screen.
import { useCallback, useMemo, useRef, useState } from "react";

export interface EndpointSelection {
  selected: ReadonlySet<string>;
  /** A row's box was clicked; `shift`: extend from the last click over `visibleIds`. */
  toggle: (id: string, shift: boolean, visibleIds: readonly string[]) => void;
  setMany: (ids: readonly string[], on: boolean) => void;
  clear: () => void;
}

export function useEndpointSelection(existingIds: readonly string[] | undefined): EndpointSelection {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  // Ids the domain no longer has (deleted, by a job or anyone) drop out of the selection.
  const selected = useMemo(() => {
    if (!existingIds) return ticked;
    const present = new Set(existingIds);
    return new Set([...ticked].filter((id) => present.has(id)));
  }, [ticked, existingIds]);

  const setMany = useCallback((ids: readonly string[], on: boolean) => {
    setTicked((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  }, []);

  const toggle = useCallback(
    (id: string, shift: boolean, visibleIds: readonly string[]) => {
      const on = !selected.has(id);
      const from = anchor.current === null ? -1 : visibleIds.indexOf(anchor.current);
      const to = visibleIds.indexOf(id);
      anchor.current = id;
      if (shift && from >= 0 && to >= 0) setMany(visibleIds.slice(Math.min(from, to), Math.max(from, to) + 1), on);
      else setMany([id], on);
    },
    [selected, setMany],
  );

  const clear = useCallback(() => {
    anchor.current = null;
    setTicked(new Set());
  }, []);

  // One object while nothing changes, so the table (memo) skips a search's urgent render.
  return useMemo(() => ({ selected, toggle, setMany, clear }), [selected, toggle, setMany, clear]);
}

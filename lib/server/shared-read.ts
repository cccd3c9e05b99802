import "server-only";
// One read of a Catapult list (domains, applications) shared by the pages rendered on the
// server. Catapult paces every request (1/s by default, shared with running bulk jobs), so a
// read serves every page for `freshMs`, as the browser's query cache did before: typing a
// filter or polling a running job does not spend the budget again. A page showing an item the
// read does not know (made since, by anyone) reads again, once: an item still unknown after
// that (deleted) is not asked about again until the read has expired. Failures are not kept.
// Per process: each instance keeps its own.
export interface SharedRead<T> {
  /** Reads afresh, and keeps the answer for the pages after. */
  fresh(now?: number): Promise<T[]>;
  /** The kept read, unless it is old or does not know an id in `shown`. Rejects as Catapult did. */
  read(shown?: Iterable<string>, now?: number): Promise<T[]>;
  /** After the dashboard itself changed the list. */
  forget(): void;
}

export function sharedRead<T extends { id: string }>(load: () => Promise<T[]>, freshMs: number): SharedRead<T> {
  let cached: { at: number; items: Promise<T[]>; unknown: Set<string> } | undefined;

  function fresh(now = Date.now()): Promise<T[]> {
    const entry = { at: now, items: load(), unknown: new Set<string>() };
    cached = entry;
    entry.items.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return entry.items;
  }

  async function read(shown: Iterable<string> = [], now = Date.now()): Promise<T[]> {
    const entry = cached && now - cached.at < freshMs ? cached : undefined;
    const items = entry && (await entry.items);
    const known = new Set(items?.map((item) => item.id));
    const missing = [...shown].filter((id) => id && !known.has(id));
    if (items && missing.every((id) => entry?.unknown.has(id))) return items;
    const answer = await fresh(now);
    const found = new Set(answer.map((item) => item.id));
    for (const id of missing) if (!found.has(id)) cached?.unknown.add(id);
    return answer;
  }

  return { fresh, read, forget: () => void (cached = undefined) };
}

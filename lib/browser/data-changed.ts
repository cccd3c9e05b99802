// Changes made by views that do not load TanStack Query, told to the pages that keep data in
// its cache (the domain page's endpoints, say): the cache's owner (app/providers.tsx) listens
// and marks what changed as stale. A tab that never loaded the cache has nothing to mark.
export type DataChange = { kind: "endpoints"; domainId: string } | { kind: "bulk-jobs" };

const listeners = new Set<(change: DataChange) => void>();

export function dataChanged(change: DataChange): void {
  for (const listener of listeners) listener(change);
}

export function onDataChanged(listener: (change: DataChange) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

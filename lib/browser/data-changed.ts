// Changes one view of the tab made, told to the views that poll what changed (the domain page's
// endpoint list and its running-job banner, say), which then look again at once. Views mounted
// later look anyway when they mount: nothing is kept for them.
export type DataChange = { kind: "endpoints"; domainId: string } | { kind: "bulk-jobs" };

const listeners = new Set<(change: DataChange) => void>();

export function dataChanged(change: DataChange): void {
  for (const listener of listeners) listener(change);
}

export function onDataChanged(listener: (change: DataChange) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

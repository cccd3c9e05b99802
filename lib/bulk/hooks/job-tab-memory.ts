// What this tab knows of a bulk job that the server never sends back: the passwords it
// generated (sealed on the server, never returned) and the paste the job came from,
// including the rows the preview refused (never sent, so the server has no record of
// them). Kept only in memory: never written to localStorage/sessionStorage; gone when the
// tab closes or reloads. The job page uses it for the export and for "import the rest",
// and remembers which generated passwords went into a downloaded file (to warn before leaving).

/** A pasted row the preview refused, and why (the preview's own words). */
export interface RefusedRow {
  sourceRow: number;
  name: string;
  reasons: string;
}

export interface JobTabMemory {
  /** Source row → the password this tab generated for it. */
  generatedPasswords: ReadonlyMap<number, string>;
  /** The paste exactly as given (header included, when it had one). */
  pasteText: string;
  refused: readonly RefusedRow[];
}

const byJob = new Map<string, JobTabMemory>();
/** Source rows whose generated password is in a file this tab saved; replaced, never mutated. */
const downloaded = new Map<string, ReadonlySet<number>>();
const listeners = new Set<() => void>();
const NOTHING: ReadonlySet<number> = new Set();

function changed(): void {
  for (const listener of listeners) listener();
}

export function rememberJob(jobId: string, memory: JobTabMemory): void {
  byJob.set(jobId, { ...memory, generatedPasswords: new Map(memory.generatedPasswords), refused: [...memory.refused] });
  changed();
}

export function jobTabMemory(jobId: string): JobTabMemory | undefined {
  return byJob.get(jobId);
}

/** The passwords of these source rows are now in a file the admin downloaded. */
export function markPasswordsDownloaded(jobId: string, sourceRows: Iterable<number>): void {
  downloaded.set(jobId, new Set([...(downloaded.get(jobId) ?? []), ...sourceRows]));
  changed();
}

export function downloadedPasswordRows(jobId: string): ReadonlySet<number> {
  return downloaded.get(jobId) ?? NOTHING;
}

/** For useSyncExternalStore: called whenever any job's memory changes. */
export function subscribeToJobTabMemory(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

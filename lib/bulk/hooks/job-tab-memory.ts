// What this tab knows of a bulk job that the server never sends back: the passwords it
// generated (sealed on the server, never returned) and the paste the job came from,
// including the rows the preview refused (never sent, so the server has no record of
// them). Kept only in memory: never written to localStorage/sessionStorage; gone when the
// tab closes or reloads. The job page uses it for the export and for "import the rest".

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

export function rememberJob(jobId: string, memory: JobTabMemory): void {
  byJob.set(jobId, { ...memory, generatedPasswords: new Map(memory.generatedPasswords), refused: [...memory.refused] });
}

export function jobTabMemory(jobId: string): JobTabMemory | undefined {
  return byJob.get(jobId);
}

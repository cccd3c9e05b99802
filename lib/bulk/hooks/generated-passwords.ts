// Passwords this tab generated for a bulk job, kept only in memory: the server stores them
// sealed and never sends them back, so this is the one chance to put them in the export.
// Never written to localStorage/sessionStorage; gone when the tab closes or reloads.
const byJob = new Map<string, ReadonlyMap<number, string>>();

/** Remembers a job's generated passwords, by source row. */
export function rememberGeneratedPasswords(jobId: string, passwords: ReadonlyMap<number, string>): void {
  if (passwords.size > 0) byJob.set(jobId, new Map(passwords));
}

/** The generated passwords this tab still holds for a job (source row → password). */
export function generatedPasswordsFor(jobId: string): ReadonlyMap<number, string> | undefined {
  return byJob.get(jobId);
}

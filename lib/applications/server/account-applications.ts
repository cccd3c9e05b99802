import "server-only";
// The account's applications for pages rendered on the server (the endpoint forms' select, an
// endpoint's application by name). Managed in Catapult, not here, and changed rarely: one
// read serves every page for 5 minutes, as the browser's query cache did; an endpoint whose
// application the read does not know reads again (lib/server/shared-read.ts).
import type { Application } from "@/lib/applications/contract";
import { getCatapult } from "@/lib/catapult";
import { sharedRead } from "@/lib/server/shared-read";

const applications = sharedRead<Application>(() => getCatapult().listApplications(), 5 * 60_000);

/** The applications (knowing `shown`, when given), or undefined when Catapult cannot answer: the page then says so, with Retry. */
export async function accountApplications(shown: Iterable<string> = []): Promise<Application[] | undefined> {
  return applications.read(shown).catch(() => undefined);
}

import "server-only";
// Creating one endpoint from the form: Catapult creates it (at most once, whatever the
// network does), History records it, and one read brings back what a phone needs, since
// Catapult's create answer has no body. The password goes to Catapult and nowhere else: not
// into History, not into the answer, not into a log line; the browser that typed it keeps it.
import type { AuditActor } from "@/lib/audit/contract";
import { getCatapult, isCatapultError } from "@/lib/catapult";
import type { CatapultClient } from "@/lib/catapult/client";
import { recordCreatedEndpoint } from "@/lib/db/created-endpoints";
import type { EndpointCreated, SipDetails } from "@/lib/endpoints/contract";
import { endpointHref } from "@/lib/endpoints/links";
import type { NewEndpoint } from "@/lib/endpoints/schema";

interface Dependencies {
  catapult: Pick<CatapultClient, "createEndpoint" | "getEndpoint">;
  record: typeof recordCreatedEndpoint;
}

export async function createOneEndpoint(
  domainId: string,
  input: NewEndpoint,
  actor: AuditActor,
  { catapult, record }: Dependencies = { catapult: getCatapult(), record: recordCreatedEndpoint },
): Promise<EndpointCreated> {
  const { id, location, outcome } = await catapult.createEndpoint(domainId, input);
  await record({ endpointId: id, name: input.name, domainId, source: "form", actor });
  const sip = await readSipDetails(catapult, domainId, id);
  return { id, name: input.name, domainId, location, outcome, url: endpointHref(domainId, id), sip };
}

/**
 * The endpoint exists whatever this read does: a failure must not turn a create into an
 * error (the admin would try again and meet "name taken"), so it is logged and answered as
 * "not read" instead, and the page says where the details are.
 */
async function readSipDetails(catapult: Dependencies["catapult"], domainId: string, endpointId: string): Promise<SipDetails | null> {
  try {
    const { sipUri, realm, username } = await catapult.getEndpoint(domainId, endpointId);
    return { sipUri, realm, username };
  } catch (error) {
    const why = isCatapultError(error) ? `Catapult ${error.kind} ${error.status ?? ""}`.trim() : error instanceof Error ? error.name : "unknown error";
    console.warn(`[endpoints] created ${endpointId} in ${domainId}, but reading it back failed (${why})`);
    return null;
  }
}

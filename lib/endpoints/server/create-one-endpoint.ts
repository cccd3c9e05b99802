import "server-only";
// Creating one endpoint from the form: Catapult creates it (at most once, whatever the
// network does), History records it, and one read brings back what a phone needs, since
// Catapult's create answer has no body. The password goes to Catapult and nowhere else: not
// into History, not into the answer, not into a log line; the browser that typed it keeps it.
import type { AuditActor } from "@/lib/audit/contract";
import { getCatapult, isCatapultError } from "@/lib/catapult";
import type { CatapultClient } from "@/lib/catapult/client";
import { recordCreatedEndpoint } from "@/lib/db/created-endpoints";
import { recordOwnWrite } from "@/lib/db/endpoint-list-cache";
import type { Endpoint, EndpointCreated } from "@/lib/endpoints/contract";
import { endpointHref } from "@/lib/endpoints/links";
import type { NewEndpoint } from "@/lib/endpoints/schema";

interface Dependencies {
  catapult: Pick<CatapultClient, "createEndpoint" | "getEndpoint">;
  record: typeof recordCreatedEndpoint;
  /** Writes the new endpoint into the domain's cached list (never the password: Endpoint has none). */
  cache: (domainId: string, endpoint: Endpoint) => Promise<void>;
}

const cacheOwnWrite = (domainId: string, endpoint: Endpoint) => recordOwnWrite(domainId, { endpoint }, Date.now());

export async function createOneEndpoint(
  domainId: string,
  input: NewEndpoint,
  actor: AuditActor,
  { catapult, record, cache }: Dependencies = { catapult: getCatapult(), record: recordCreatedEndpoint, cache: cacheOwnWrite },
): Promise<EndpointCreated> {
  const { id, location, outcome } = await catapult.createEndpoint(domainId, input);
  await record({ endpointId: id, name: input.name, domainId, source: "form", actor });
  const read = await readBack(catapult, domainId, id);
  // Without the read-back, what was sent (Catapult's default for enabled); the SIP fields
  // stay blank until the next read of the list.
  await cache(domainId, read ?? { id, name: input.name, description: input.description || null, domainId, applicationId: input.applicationId || null, enabled: input.enabled ?? true, sipUri: "", realm: "", username: "" });
  const sip = read && { sipUri: read.sipUri, realm: read.realm, username: read.username };
  return { id, name: input.name, domainId, location, outcome, url: endpointHref(domainId, id), sip };
}

/**
 * The endpoint exists whatever this read does: a failure must not turn a create into an
 * error (the admin would try again and meet "name taken"), so it is logged and answered as
 * "not read" instead, and the page says where the details are.
 */
async function readBack(catapult: Dependencies["catapult"], domainId: string, endpointId: string): Promise<Endpoint | null> {
  try {
    return await catapult.getEndpoint(domainId, endpointId);
  } catch (error) {
    const why = isCatapultError(error) ? `Catapult ${error.kind} ${error.status ?? ""}`.trim() : error instanceof Error ? error.name : "unknown error";
    console.warn(`[endpoints] created ${endpointId} in ${domainId}, but reading it back failed (${why})`);
    return null;
  }
}

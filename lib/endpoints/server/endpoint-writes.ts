import "server-only";
// A person's single update or delete of an endpoint, sent to Catapult and then written into
// the domain's cached list (lib/db/endpoint-list-cache.ts), so the domain page shows it at
// once and a read of Catapult's list that began earlier cannot undo it. A 404 means the
// endpoint is gone whatever we meant to do: the cache learns that too, then the error answers.
import type { CatapultClient } from "@/lib/catapult/client";
import { isCatapultError } from "@/lib/catapult/errors";
import type { Db } from "@/lib/db/dialect";
import { recordOwnWrite } from "@/lib/db/endpoint-list-cache";
import type { EndpointUpdatedResponse } from "@/lib/endpoints/contract";
import type { EndpointChanges } from "@/lib/endpoints/schema";
import { updateEndpoint } from "./update-endpoint";

type Deps = { db: Db; catapult: CatapultClient };

export async function updateOneEndpoint(deps: Deps, domainId: string, endpointId: string, changes: EndpointChanges): Promise<EndpointUpdatedResponse> {
  try {
    const updated = await updateEndpoint(deps.catapult, domainId, endpointId, changes);
    await recordOwnWrite(domainId, { endpoint: updated.endpoint }, Date.now(), deps.db);
    return updated;
  } catch (error) {
    await forgetIfGone(deps.db, domainId, endpointId, error);
    throw error;
  }
}

export async function deleteOneEndpoint(deps: Deps, domainId: string, endpointId: string): Promise<void> {
  try {
    await deps.catapult.deleteEndpoint(domainId, endpointId);
  } catch (error) {
    await forgetIfGone(deps.db, domainId, endpointId, error);
    throw error;
  }
  await recordOwnWrite(domainId, { removedId: endpointId }, Date.now(), deps.db);
}

async function forgetIfGone(db: Db, domainId: string, endpointId: string, error: unknown): Promise<void> {
  // Not an application's 404 (an update naming an unknown one): that says nothing of the endpoint.
  if (isCatapultError(error) && error.kind === "not-found" && !error.code?.startsWith("application-")) {
    await recordOwnWrite(domainId, { removedId: endpointId }, Date.now(), db);
  }
}

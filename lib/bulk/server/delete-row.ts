import "server-only";
// One delete row at run time. The endpoint is looked up first: gone before anything was sent
// means "already gone" (skipped); gone after an attempt whose answer was lost (the row is in
// doubt: a timeout, or a restart mid-flight) means that attempt worked, so "deleted". A
// DELETE answered 404 after the look-up found the endpoint is a repeat of an attempt that
// worked (the client retries lost answers), so "deleted" too. Nothing is deleted twice.
import type { CatapultClient } from "@/lib/catapult/client";
import { isCatapultError } from "@/lib/catapult/errors";

export type DeleteRowOutcome = { status: "deleted"; confirmedByLookup: boolean } | { status: "already_gone" };

export async function sendDeleteRow(catapult: CatapultClient, domainId: string, endpointId: string, inDoubt: boolean): Promise<DeleteRowOutcome> {
  try {
    await catapult.getEndpoint(domainId, endpointId, { background: true });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    return inDoubt ? { status: "deleted", confirmedByLookup: true } : { status: "already_gone" };
  }
  try {
    await catapult.deleteEndpoint(domainId, endpointId, { background: true });
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  return { status: "deleted", confirmedByLookup: false };
}

const isNotFound = (error: unknown) => isCatapultError(error) && error.kind === "not-found";

import "server-only";
// Changing an endpoint, then trusting what Catapult kept rather than what was sent: the docs
// never say what `null` does in an update (the Python SDK sends null for every field left
// out, which works only if null means "unchanged"), so the endpoint is read back and every
// field that did not take is reported instead of a plain success.
import type { CatapultClient } from "@/lib/catapult/client";
import { DomainError } from "@/lib/domain-error";
import type { EndpointUpdatedResponse, ReadableEndpointField } from "@/lib/endpoints/contract";
import type { EndpointChanges } from "@/lib/endpoints/schema";

const READABLE: readonly ReadableEndpointField[] = ["description", "applicationId", "enabled"];

export async function updateEndpoint(
  catapult: CatapultClient,
  domainId: string,
  endpointId: string,
  changes: EndpointChanges,
  options: { background?: boolean } = {},
): Promise<EndpointUpdatedResponse> {
  if (Object.values(changes).every((value) => value === undefined)) {
    throw new DomainError("invalid", "There is nothing to change: send at least one of description, applicationId, enabled or password.", {
      body: "Send at least one field to change.",
    }, [{ field: "body", code: "required", params: {} }]);
  }
  await catapult.updateEndpoint(domainId, endpointId, changes, options);
  const endpoint = await catapult.getEndpoint(domainId, endpointId, options);
  const notApplied = READABLE.filter((field) => changes[field] !== undefined && !sameValue(changes[field], endpoint[field]));
  return { endpoint, notApplied };
}

/** "" and null both mean "none" for the text fields. */
function sameValue(sent: string | boolean | undefined, kept: string | boolean | null): boolean {
  const normal = (v: string | boolean | null | undefined) => (v === "" || v === undefined ? null : v);
  return normal(sent) === normal(kept);
}

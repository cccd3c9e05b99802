import "server-only";
// One "update existing names" row at run time. The endpoint is read again first: what the
// job stored was the difference at the start, and an endpoint changed since (or a row sent
// before a restart) must not be sent more than it needs. A row whose endpoint is gone FAILS:
// the admin asked to update that endpoint, and creating a new one (with a new id, no
// password unless the row had one) is a different thing they did not ask for.
import type { CatapultClient } from "@/lib/catapult/client";
import { isCatapultError } from "@/lib/catapult/errors";
import { changedFieldNames, type EndpointPatch, endpointDiff } from "@/lib/bulk/endpoint-diff";
import type { Endpoint } from "@/lib/endpoints/contract";
import { updateEndpoint } from "@/lib/endpoints/server/update-endpoint";

/** `endpoint`: as Catapult has it now (read back, or read before finding nothing to send), for the domain's cached list. */
export type UpdateRowOutcome = { status: "updated"; fields: string[]; endpoint: Endpoint } | { status: "unchanged"; endpoint: Endpoint } | { status: "failed"; error: string; gone?: true };

export const GONE_MESSAGE = "This endpoint no longer exists in the domain; nothing was created, because the row asked to update it. Import the row again to create it.";

/** A change job (enable, disable, …) selected the endpoint by id: it is simply gone. */
export const CHANGE_GONE_MESSAGE = "This endpoint no longer exists in the domain; nothing was sent.";

export async function sendUpdateRow(
  catapult: CatapultClient,
  domainId: string,
  endpointId: string,
  patch: EndpointPatch,
  password: string | undefined,
  changeJob = false,
): Promise<UpdateRowOutcome> {
  let current;
  try {
    current = await catapult.getEndpoint(domainId, endpointId, { background: true });
  } catch (error) {
    if (isCatapultError(error) && error.kind === "not-found") return { status: "failed", error: changeJob ? CHANGE_GONE_MESSAGE : GONE_MESSAGE, gone: true };
    throw error;
  }
  const diff = endpointDiff(current, { ...patch, password });
  if (diff.changes.length === 0) return { status: "unchanged", endpoint: current };
  const result = await updateEndpoint(catapult, domainId, endpointId, { ...diff.patch, ...(diff.setsPassword ? { password } : {}) }, { background: true });
  if (result.notApplied.length > 0) return { status: "failed", error: `Catapult did not keep the change to: ${result.notApplied.join(", ")}.` };
  return { status: "updated", fields: changedFieldNames(diff), endpoint: result.endpoint };
}

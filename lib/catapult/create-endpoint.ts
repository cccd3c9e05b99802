import "server-only";
// Creating an endpoint is the one call that must never happen twice. Catapult answers 201
// with no body; the id is the last segment of `Location`. When an attempt ends in doubt
// (timeout, 5xx, connection lost after sending), the name is looked up before posting
// again: names are unique per domain, so the lookup tells whether the doubtful attempt
// took effect. A 409 after such a doubt is the same answer, reached the other way.
import { waitBeforeRetry } from "./backoff";
import { CatapultError, isCatapultError } from "./errors";
import type { CatapultResponse } from "./http";
import type { CreateOutcome, Endpoint } from "@/lib/endpoints/contract";

export interface CreateResult {
  id: string;
  /** As Catapult sent it (relative or absolute); `null` when found by name after a doubtful attempt. */
  location: string | null;
  outcome: CreateOutcome;
  /** How many POSTs were sent. */
  attempts: number;
}

const MAX_ATTEMPTS = 5;

export async function createEndpointOnce(io: {
  post: () => Promise<CatapultResponse>;
  findByName: () => Promise<Endpoint | undefined>;
  wait?: (attempt: number) => Promise<void>;
  /** An earlier attempt (e.g. before a restart) may have reached Catapult: look before posting. */
  startInDoubt?: boolean;
}): Promise<CreateResult> {
  const wait = io.wait ?? waitBeforeRetry;
  const doubt = { inDoubt: io.startInDoubt ?? false };
  try {
    return await attemptUntilSettled(io, wait, doubt);
  } catch (error) {
    // Failing after a doubtful attempt (the lookup included): say so, so that whoever
    // tries again looks the name up before posting.
    throw doubt.inDoubt && isCatapultError(error) ? error.withDoubt() : error;
  }
}

async function attemptUntilSettled(
  io: Parameters<typeof createEndpointOnce>[0],
  wait: (attempt: number) => Promise<void>,
  doubt: { inDoubt: boolean },
): Promise<CreateResult> {
  for (let attempt = 1; ; attempt++) {
    if (doubt.inDoubt) {
      const existing = await io.findByName();
      if (existing) return { id: existing.id, location: null, outcome: "already-existed", attempts: attempt - 1 };
    }
    try {
      const response = await io.post();
      return { id: endpointIdFromLocation(response), location: response.headers.get("location"), outcome: "created", attempts: attempt };
    } catch (error) {
      if (!isCatapultError(error)) throw error;
      if (error.kind === "conflict" && doubt.inDoubt) {
        const existing = await io.findByName();
        if (existing) return { id: existing.id, location: null, outcome: "already-existed", attempts: attempt };
        throw error;
      }
      // "unreachable" means nothing was sent, and 429s are answered before execution.
      if (error.ambiguous) doubt.inDoubt = true;
      if (!error.retryable || attempt >= MAX_ATTEMPTS) throw error;
      await wait(attempt);
    }
  }
}

/** The new endpoint's id: the last path segment of `Location`, relative or absolute. */
export function endpointIdFromLocation(response: CatapultResponse): string {
  const location = response.headers.get("location");
  const id = location ? new URL(location, "http://relative.invalid").pathname.split("/").filter(Boolean).pop() : undefined;
  if (!id || response.status !== 201) {
    throw new CatapultError({ kind: "bad-response", status: response.status, message: "the create answer has no endpoint Location" });
  }
  return decodeURIComponent(id);
}

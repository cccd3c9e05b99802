import "server-only";
// A create (endpoint or domain) is the one call that must never happen twice. Catapult
// answers 201 (SDKs accept any of 200/201/202) with no body; the new id is the last segment
// of `Location`. When an attempt ends in doubt (timeout, 5xx, connection lost after
// sending), the name is looked up before posting again: names are unique (per domain, or
// per account for domains), so the lookup tells whether the doubtful attempt took effect. A
// 409 after such a doubt is the same answer, reached the other way. A 2xx without a
// `Location` is resolved by the same lookup.
import { waitBeforeRetry } from "./backoff";
import { CatapultError, isCatapultError } from "./errors";
import type { CatapultResponse } from "./http";
import type { CreateOutcome } from "@/lib/endpoints/contract";

export interface CreateResult {
  id: string;
  /** As Catapult sent it (relative or absolute); `null` when found by name after a doubtful attempt. */
  location: string | null;
  outcome: CreateOutcome;
  /** How many POSTs were sent. */
  attempts: number;
}

const MAX_ATTEMPTS = 5;

export async function createOnce(io: {
  post: () => Promise<CatapultResponse>;
  findByName: () => Promise<{ id: string } | undefined>;
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
  io: Parameters<typeof createOnce>[0],
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
      const id = idFromLocation(response);
      if (id) return { id, location: response.headers.get("location"), outcome: "created", attempts: attempt };
      // Success without saying where: the name is unique, so the list says which one is new.
      const created = await io.findByName();
      if (created) return { id: created.id, location: null, outcome: "created", attempts: attempt };
      throw new CatapultError({ kind: "bad-response", status: response.status, message: "the create answer has no Location, and the name is not in the list" });
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

/** The new id: the last path segment of `Location` (relative or absolute); undefined without one. */
export function idFromLocation(response: CatapultResponse): string | undefined {
  const location = response.headers.get("location");
  const id = location ? new URL(location, "http://relative.invalid").pathname.split("/").filter(Boolean).pop() : undefined;
  return id ? decodeURIComponent(id) : undefined;
}

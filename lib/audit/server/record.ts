import "server-only";
// Recording audit entries: the one way the app writes to the audit log. Services and routes
// say who (an AuditContext), what (an action and its target) and how it went; `audited` runs
// an action and records its outcome, with the failure's code, whichever way it ends.
import { isCatapultError } from "@/lib/catapult/errors";
import { insertAuditRow } from "@/lib/db/audit-log";
import type { Db } from "@/lib/db/dialect";
import { isDomainError } from "@/lib/domain-error";
import { type AuditAction, type AuditActor, type AuditOutcome, type AuditTarget, actorLabel } from "@/lib/audit/contract";

/** Who acts, and from which (trusted) address. */
export interface AuditContext {
  actor: AuditActor;
  sourceAddress: string | null;
}

export const SYSTEM: AuditContext = { actor: { type: "system" }, sourceAddress: null };

export interface AuditFacts {
  target?: AuditTarget;
  outcome?: AuditOutcome;
  errorCode?: string | null;
  /** Small and secret-free: field names, counts, ids. Keys that name secrets are dropped. */
  detail?: Record<string, unknown>;
}

export async function recordAudit(context: AuditContext, action: AuditAction, facts: AuditFacts = {}, db?: Db): Promise<void> {
  const { actor } = context;
  const target = facts.target ?? {};
  await insertAuditRow(
    {
      at: Date.now(),
      actor_type: actor.type,
      actor_id: actor.type === "user" || actor.type === "api-key" ? actor.id : null,
      actor_label: actorLabel(actor),
      source_address: context.sourceAddress,
      action,
      domain_id: target.domainId ?? null,
      domain_name: target.domainName ?? null,
      endpoint_id: target.endpointId ?? null,
      endpoint_name: target.endpointName ?? null,
      job_id: target.jobId ?? null,
      user_email: target.userEmail ?? null,
      outcome: facts.outcome ?? "ok",
      error_code: facts.errorCode ?? null,
      detail: facts.detail ? JSON.stringify(withoutSecrets(facts.detail)) : null,
    },
    db,
  );
}

/**
 * Runs `action` and records it: "ok" with what `describe` adds from the result, or "failed"
 * with the error's code; the error is thrown on unchanged.
 */
export async function audited<T>(
  context: AuditContext,
  action: AuditAction,
  facts: AuditFacts,
  run: () => Promise<T>,
  describe?: (result: T) => AuditFacts,
): Promise<T> {
  let result: T;
  try {
    result = await run();
  } catch (error) {
    await recordAudit(context, action, { ...facts, outcome: "failed", errorCode: failureCode(error) });
    throw error;
  }
  const more = describe?.(result) ?? {};
  await recordAudit(context, action, { ...facts, ...more, target: { ...facts.target, ...more.target }, detail: { ...facts.detail, ...more.detail } });
  return result;
}

/** Catapult's own error code when it sent one, else the kind of failure. */
export function failureCode(error: unknown): string {
  if (isCatapultError(error)) return error.code ?? `catapult-${error.kind}`;
  if (isDomainError(error)) return error.kind;
  if (error instanceof Error && "code" in error && typeof error.code === "string") return error.code;
  return "internal_error";
}

const SECRET_KEY = /pass|secret|token|session|cookie|key$/i;

function withoutSecrets(detail: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(detail).filter(([key]) => !SECRET_KEY.test(key)));
}

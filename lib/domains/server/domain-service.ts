import "server-only";
// Creating and deleting domains. The 100-domain maximum is Catapult's documented rule, so a
// 101st is refused here with words a person can act on, before anything is sent. Whether
// deleting a domain that still has endpoints deletes them or is refused, the docs do not
// say: no rule is invented here; Catapult's answer is passed on as it comes.
import type { CatapultClient } from "@/lib/catapult/client";
import { isCatapultError } from "@/lib/catapult/errors";
import type { Db } from "@/lib/db/dialect";
import { dropCachedList } from "@/lib/db/endpoint-list-cache";
import { DomainError } from "@/lib/domain-error";
import { type DomainCreatedResponse, MAX_DOMAINS } from "@/lib/domains/contract";
import type { NewDomain } from "@/lib/domains/schema";

export async function createDomain(catapult: CatapultClient, input: NewDomain): Promise<DomainCreatedResponse> {
  const existing = await catapult.listDomains();
  if (existing.some((d) => d.name === input.name)) {
    throw new DomainError("conflict", `A domain named "${input.name}" already exists in this account.`, { name: "This name is taken in this account." });
  }
  if (existing.length >= MAX_DOMAINS) {
    throw new DomainError("conflict", `This account already has ${MAX_DOMAINS} domains, Catapult's maximum. Delete one before creating another.`);
  }
  const created = await catapult.createDomain(input);
  return { domain: { id: created.id, name: input.name, description: input.description }, outcome: created.outcome };
}

/**
 * Deletes the domain, and with it the cache of its endpoint list (a read of that list still
 * running stops writing). Gone already (404) is gone too: the cache goes, the error answers.
 */
export async function deleteDomain(deps: { db: Db; catapult: CatapultClient }, domainId: string): Promise<void> {
  try {
    await deps.catapult.deleteDomain(domainId);
  } catch (error) {
    if (isCatapultError(error) && error.kind === "not-found") await dropCachedList(domainId, deps.db);
    throw error;
  }
  await dropCachedList(domainId, deps.db);
}

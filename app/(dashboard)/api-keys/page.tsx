import type { Metadata } from "next";
import { createLoader, parseAsBoolean, type SearchParams } from "nuqs/server";
import { hasRole } from "@/lib/auth/roles";
import { listApiKeys } from "@/lib/auth/server/api-keys";
import { currentActor } from "@/lib/auth/server/current-actor";
import { ApiKeysView } from "./_components/api-keys-view";

export const metadata: Metadata = { title: "API keys" };

/** ?all=true: everyone's keys (admins; others see their own). */
const loadAll = createLoader({ all: parseAsBoolean.withDefault(false) });

export default async function ApiKeysPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await currentActor();
  const everyone = (await loadAll(searchParams)).all && hasRole(actor.role, "admin");
  return <ApiKeysView keys={await listApiKeys(actor, everyone)} everyone={everyone} />;
}

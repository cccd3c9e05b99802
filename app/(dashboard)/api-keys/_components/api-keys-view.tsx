"use client";
// API keys: make one (shown once), list them, revoke one. Admins can switch to everyone's keys
// (kept in the URL, ?all=true) to revoke a key whose owner has left; the page is rendered again
// on the server with that list.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { PageHeader } from "@/components/ui/page-header";
import type { ApiKeyCreatedResponse, ApiKeySummary } from "@/lib/auth/api-keys-contract";
import { useCan } from "@/lib/auth/hooks/current-user";
import { ApiKeyList } from "./api-key-list";
import { CreatedApiKey } from "./created-api-key";
import { NewApiKeyForm } from "./new-api-key-form";

export function ApiKeysView({ keys, everyone }: { keys: readonly ApiKeySummary[]; everyone: boolean }) {
  const admin = useCan("admin");
  const router = useRouter();
  const [switching, startTransition] = useTransition();
  const [created, setCreated] = useState<ApiKeyCreatedResponse | null>(null);

  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            For scripts and automation: send a key as <code className="font-mono text-xs">Authorization: Bearer cdk_…</code>. A key acts with its
            owner&rsquo;s current role and stops working when the owner is disabled.
          </>
        }
      />
      {created ? <CreatedApiKey created={created} onDone={() => setCreated(null)} /> : <NewApiKeyForm onCreated={setCreated} />}
      {admin && (
        <Checkbox
          className="mb-4"
          asSwitch
          label="Everyone's keys"
          description="Show the keys of every person, to revoke any of them."
          checked={everyone}
          disabled={switching}
          onChange={(event) => {
            const all = event.target.checked;
            startTransition(() => router.replace(all ? "/api-keys?all=true" : "/api-keys", { scroll: false }));
          }}
        />
      )}
      <ApiKeyList keys={keys} everyone={everyone} />
    </>
  );
}

"use client";
// API keys: make one (shown once), list them, revoke one. Admins can switch to everyone's keys
// (kept in the URL, ?all=1) to revoke a key whose owner has left.
import { parseAsBoolean, useQueryState } from "nuqs";
import { useState } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { PageHeader } from "@/components/ui/page-header";
import type { ApiKeyCreatedResponse } from "@/lib/auth/api-keys-contract";
import { useCan } from "@/lib/auth/hooks/current-user";
import { ApiKeyList } from "./api-key-list";
import { CreatedApiKey } from "./created-api-key";
import { NewApiKeyForm } from "./new-api-key-form";

export function ApiKeysView() {
  const admin = useCan("admin");
  const [allParam, setAll] = useQueryState("all", parseAsBoolean.withDefault(false));
  const everyone = admin && allParam;
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
          onChange={(event) => void setAll(event.target.checked || null)}
        />
      )}
      <ApiKeyList everyone={everyone} />
    </>
  );
}

"use client";
// The keys: name, first characters, owner (everyone's view), made, last used, expiry; each with
// Revoke behind a confirmation. One row per key that wraps, so a phone never scrolls sideways.
// The keys come from the server with the page; a revoke renders the page again.
import { type ReactNode, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { KeyIcon } from "@/components/ui/icons/key";
import { LocalDateTime } from "@/components/ui/local-date-time";
import type { ApiKeySummary } from "@/lib/auth/api-keys-contract";
import { useRevokeApiKey } from "@/lib/auth/hooks/use-api-keys";
import { errorMessage } from "@/lib/browser/api-fetch";

export function ApiKeyList({ keys, everyone }: { keys: readonly ApiKeySummary[]; everyone: boolean }) {
  const revoke = useRevokeApiKey();
  const [revoking, setRevoking] = useState<ApiKeySummary | null>(null);
  const title = everyone ? "Everyone's keys" : "Your keys";

  let body;
  if (keys.length === 0) body = <EmptyState icon={<KeyIcon className="size-5" />} title="No API keys yet" description="Make one above for a script or another system." />;
  else {
    body = (
      <ul className="divide-y divide-slate-200">
        {keys.map((key) => (
          <ApiKeyItem key={key.id} apiKey={key} showOwner={everyone} onRevoke={() => setRevoking(key)} />
        ))}
      </ul>
    );
  }

  return (
    <Card aria-labelledby="api-key-list-heading">
      <h2 id="api-key-list-heading" className="border-b border-slate-200 px-5 py-4 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {body}
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke the API key "${revoking?.name ?? ""}"?`}
        confirmLabel="Revoke key"
        pendingLabel="Revoking…"
        pending={revoke.isPending}
        error={revoke.isError ? <Alert tone="error">{errorMessage(revoke.error)}</Alert> : undefined}
        onCancel={() => {
          setRevoking(null);
          revoke.reset();
        }}
        onConfirm={() => revoking && revoke.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
      >
        <p>Scripts using it are refused from the next request on. This cannot be undone.</p>
      </ConfirmDialog>
    </Card>
  );
}

function ApiKeyItem({ apiKey, showOwner, onRevoke }: { apiKey: ApiKeySummary; showOwner: boolean; onRevoke: () => void }) {
  return (
    <li aria-label={apiKey.name} className="flex flex-wrap items-start justify-between gap-3 px-5 py-4">
      <div className="min-w-0 flex-1 space-y-1">
        <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <span className="font-medium break-words text-slate-900">{apiKey.name}</span>
          {apiKey.start && <code className="font-mono text-sm text-slate-600">{apiKey.start}…</code>}
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-slate-600 sm:flex sm:flex-wrap sm:gap-x-5">
          {showOwner && <Detail label="Owner" value={apiKey.owner.email} />}
          <Detail label="Created" value={<LocalDateTime at={apiKey.createdAt} />} />
          <Detail label="Last used" value={apiKey.lastUsedAt === null ? "Never" : <LocalDateTime at={apiKey.lastUsedAt} />} />
          <Detail label="Expires" value={apiKey.expiresAt === null ? "Never" : <LocalDateTime at={apiKey.expiresAt} />} />
        </dl>
      </div>
      <Button variant="secondary" size="sm" onClick={onRevoke} aria-label={`Revoke ${apiKey.name}`}>
        Revoke
      </Button>
    </li>
  );
}

function Detail({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div className="contents sm:flex sm:gap-1.5">
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd className="break-all">{value}</dd>
    </div>
  );
}

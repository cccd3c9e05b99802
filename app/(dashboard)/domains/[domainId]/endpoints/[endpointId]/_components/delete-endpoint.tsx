"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Endpoint } from "@/lib/endpoints/contract";
import { errorMessage } from "@/lib/browser/api-fetch";
import { useDeleteEndpoint } from "@/lib/endpoints/hooks/use-delete-endpoint";
import { domainHref } from "@/lib/endpoints/links";

export function DeleteEndpoint({ endpoint }: { endpoint: Endpoint }) {
  const router = useRouter();
  const remove = useDeleteEndpoint(endpoint.domainId, endpoint.id);
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);

  function close() {
    setOpen(false);
    remove.reset();
    triggerRef.current?.focus();
  }

  return (
    <Card aria-labelledby="delete-heading" className="border-red-200">
      <CardHeader titleId="delete-heading" title="Delete endpoint" className="border-red-100" />
      <CardBody className="space-y-4">
        <p className="text-sm text-slate-700">Phones registered as this endpoint stop working at once. This cannot be undone.</p>
        <Button ref={triggerRef} variant="danger" onClick={() => setOpen(true)}>
          Delete endpoint…
        </Button>
      </CardBody>
      <ConfirmDialog
        open={open}
        title={`Delete endpoint ${endpoint.name}?`}
        confirmLabel="Delete"
        pendingLabel="Deleting…"
        pending={remove.isPending || remove.isSuccess}
        error={remove.isError ? <Alert tone="error">{errorMessage(remove.error)}</Alert> : null}
        onCancel={close}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => router.replace(`${domainHref(endpoint.domainId)}?deleted=${encodeURIComponent(endpoint.name)}`),
          })
        }
      >
        Its SIP registrations and calls stop working, and the name <span className="font-mono">{endpoint.name}</span> becomes free in
        this domain.
      </ConfirmDialog>
    </Card>
  );
}

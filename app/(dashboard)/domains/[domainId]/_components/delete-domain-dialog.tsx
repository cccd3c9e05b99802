"use client";
// The confirmation of a domain's delete, typed out by name (delete-domain.tsx loads it when it
// first opens). The docs do not say whether Catapult deletes a domain's endpoints with it or
// refuses while it has any: it says how many the domain holds and shows whatever Catapult
// answers, inventing no rule of its own.
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { errorMessage } from "@/lib/browser/api-fetch";
import type { Domain } from "@/lib/domains/contract";
import { useDeleteDomain } from "@/lib/domains/hooks/use-delete-domain";

export interface DeleteDomainDialogProps {
  open: boolean;
  domain: Domain;
  /** Once the domain's list has been read whole (until then "Counting…"). */
  endpointCount: number | undefined;
  onClose: () => void;
}

export default function DeleteDomainDialog({ open, domain, endpointCount: count, onClose }: DeleteDomainDialogProps) {
  const router = useRouter();
  const remove = useDeleteDomain(domain.id);
  const [typed, setTyped] = useState("");
  const inputId = useId();

  function close() {
    setTyped("");
    remove.reset();
    onClose();
  }

  return (
    <ConfirmDialog
      open={open}
      title={`Delete domain ${domain.name}?`}
      confirmLabel="Delete domain"
      pendingLabel="Deleting…"
      confirmDisabled={typed !== domain.name}
      pending={remove.isPending || remove.isSuccess}
      error={remove.isError ? <Alert tone="error">Catapult did not delete it: {errorMessage(remove.error)}</Alert> : null}
      onCancel={close}
      onConfirm={() => remove.mutate(undefined, { onSuccess: () => router.replace("/") })}
    >
      <p>
        {count === undefined ? "Counting its endpoints…" : `It holds ${count.toLocaleString("en")} ${count === 1 ? "endpoint" : "endpoints"}.`} Catapult&rsquo;s documentation
        does not say whether deleting a domain deletes its endpoints or is refused while it has any; whatever Catapult answers is shown here.
      </p>
      <div className="space-y-1.5">
        <Label htmlFor={inputId}>
          Type <span className="font-mono">{domain.name}</span> to confirm
        </Label>
        <Input id={inputId} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
      </div>
    </ConfirmDialog>
  );
}

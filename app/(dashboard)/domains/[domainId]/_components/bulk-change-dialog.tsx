"use client";
// The confirmations of a bulk change on the selection: which application to set (or none),
// that new passwords are made here and shown once, and a delete typed out by domain name.
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { Application } from "@/lib/applications/contract";
import { errorMessage } from "@/lib/browser/api-fetch";
import { plural } from "@/lib/browser/format";
import type { BulkChange } from "@/lib/bulk/hooks/use-start-bulk-change";

export type DialogAction = "set-application" | "rotate-password" | "delete";

interface BulkChangeDialogProps {
  action: DialogAction | null;
  count: number;
  domainName: string;
  applications: readonly Application[];
  pending: boolean;
  error: unknown;
  onConfirm: (change: BulkChange) => void;
  onCancel: () => void;
}

const NONE = "";

export function BulkChangeDialog({ action, count, domainName, applications, pending, error, onConfirm, onCancel }: BulkChangeDialogProps) {
  const [typed, setTyped] = useState("");
  const [applicationId, setApplicationId] = useState(NONE);
  const fieldId = useId();
  const endpoints = plural(count, "endpoint");
  const close = () => {
    setTyped("");
    onCancel();
  };
  const failure = error ? <Alert tone="error">The job did not start: {errorMessage(error)}</Alert> : null;

  if (action === "delete") {
    return (
      <ConfirmDialog
        open
        title={`Delete ${endpoints}?`}
        confirmLabel={`Delete ${endpoints}`}
        pendingLabel="Starting…"
        confirmDisabled={typed !== domainName}
        pending={pending}
        error={failure}
        onCancel={close}
        onConfirm={() => onConfirm({ action: "delete" })}
      >
        <p>Phones registered with them stop working. Deleted endpoints cannot be brought back; their SIP credentials are gone for good.</p>
        <div className="space-y-1.5">
          <Label htmlFor={fieldId}>
            Type <span className="font-mono break-all">{domainName}</span> to confirm
          </Label>
          <Input id={fieldId} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} />
        </div>
      </ConfirmDialog>
    );
  }
  if (action === "rotate-password") {
    return (
      <ConfirmDialog
        open
        variant="primary"
        title={`Rotate the passwords of ${endpoints}?`}
        confirmLabel="Rotate passwords"
        pendingLabel="Starting…"
        pending={pending}
        error={failure}
        onCancel={close}
        onConfirm={() => onConfirm({ action: "rotate-password" })}
      >
        <p>This browser generates a new strong password for each. Phones using the old ones stop registering until they get the new ones.</p>
        <p>The job&rsquo;s page offers the new passwords in its results file, in this tab only: nobody can read them back later.</p>
      </ConfirmDialog>
    );
  }
  return (
    <ConfirmDialog
      open={action === "set-application"}
      variant="primary"
      title={`Set the application of ${endpoints}`}
      confirmLabel="Set application"
      pendingLabel="Starting…"
      pending={pending}
      error={failure}
      onCancel={close}
      onConfirm={() => onConfirm({ action: "set-application", applicationId: applicationId === NONE ? null : applicationId })}
    >
      <div className="space-y-1.5">
        <Label htmlFor={fieldId}>Application</Label>
        <Select id={fieldId} value={applicationId} onChange={(e) => setApplicationId(e.target.value)}>
          <option value={NONE}>None (clear the application)</option>
          {applications.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
      </div>
    </ConfirmDialog>
  );
}

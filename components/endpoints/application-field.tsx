"use client";
// The application select: "None" first, then the account's applications by name (read on the
// server with the page). An endpoint's current choice stays selected when the list does not
// have it; when Catapult could not be read, the field says so, with Retry.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { Application } from "@/lib/applications/contract";

interface ApplicationFieldProps {
  /** Undefined when Catapult could not be read. */
  applications: readonly Application[] | undefined;
  value: string;
  onChange: (applicationId: string) => void;
  onBlur?: () => void;
  error?: string;
  name?: string;
}

export function ApplicationField({ applications, value, onChange, onBlur, error, name }: ApplicationFieldProps) {
  const router = useRouter();
  const [retrying, startTransition] = useTransition();
  const list = applications ?? [];
  const selected = list.find((a) => a.id === value);
  // The endpoint's application may be missing from the list (deleted, or the list unreadable).
  const orphan = value !== "" && !selected;

  const hint = !applications ? (
    <span className="text-red-700">
      Could not load the applications.{" "}
      <Button variant="ghost" size="sm" className="-my-1 px-1.5 text-red-700 underline" disabled={retrying} onClick={() => startTransition(() => router.refresh())}>
        Retry
      </Button>
    </span>
  ) : selected ? (
    <>
      Calls placed by this endpoint&rsquo;s clients go to{" "}
      <span className="font-mono text-xs break-words text-slate-700">{selected.incomingCallUrl ?? "the application’s callback URL"}</span>.
    </>
  ) : value === "" ? (
    "Without an application, calls placed by this endpoint’s clients are rejected."
  ) : undefined;

  return (
    <Field label="Application" error={error} hint={hint}>
      {(control) => (
        <Select {...control} name={name} value={value} onChange={(event) => onChange(event.target.value)} onBlur={onBlur}>
          <option value="">None</option>
          {orphan && (
            <option key={value} value={value}>
              {`Unknown application (${value})`}
            </option>
          )}
          {list.map((application) => (
            <option key={application.id} value={application.id}>
              {application.name}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

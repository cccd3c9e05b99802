"use client";
// The application select: "None" first, then the account's applications by name. Controlled,
// so an endpoint's current choice stays selected while the list is still loading.
import type { ComponentProps } from "react";
import { type Control, Controller, type Path } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { useApplications } from "@/lib/applications/hooks/use-applications";

interface ApplicationFieldProps {
  value: string;
  onChange: (applicationId: string) => void;
  onBlur?: () => void;
  error?: string;
  selectRef?: ComponentProps<"select">["ref"];
  name?: string;
}

export function ApplicationField({ value, onChange, onBlur, error, selectRef, name }: ApplicationFieldProps) {
  const applications = useApplications();
  const list = applications.data ?? [];
  const selected = list.find((a) => a.id === value);
  // The endpoint's application may be missing from the list (deleted, or list still loading).
  const orphan = value !== "" && !selected;

  const hint = applications.isError ? (
    <span className="text-red-700">
      Could not load the applications.{" "}
      <Button variant="ghost" size="sm" className="-my-1 px-1.5 text-red-700 underline" onClick={() => applications.refetch()}>
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
        <Select
          {...control}
          ref={selectRef}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          aria-busy={applications.isPending || undefined}
        >
          <option value="">None</option>
          {orphan && (
            <option key={value} value={value}>
              {applications.isPending ? "Loading applications…" : `Unknown application (${value})`}
            </option>
          )}
          {list.map((application) => (
            <option key={application.id} value={application.id}>
              {application.name}
            </option>
          ))}
          {applications.isPending && !orphan && (
            <option disabled value="__loading">
              Loading applications…
            </option>
          )}
        </Select>
      )}
    </Field>
  );
}

/** The application select wired to a react-hook-form form whose field is `applicationId`. */
export function ApplicationController<T extends { applicationId?: string }>({ control }: { control: Control<T> }) {
  return (
    <Controller
      control={control}
      name={"applicationId" as Path<T>}
      render={({ field, fieldState }) => (
        <ApplicationField
          name={field.name}
          value={(field.value as string | undefined) ?? ""}
          onChange={field.onChange}
          onBlur={field.onBlur}
          selectRef={field.ref}
          error={fieldState.error?.message}
        />
      )}
    />
  );
}

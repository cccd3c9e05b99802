"use client";
// Making a key: a name that says what it is for, and when it should stop working. Checked with
// the shared schema (loaded on the first keystroke) in a plain form: react-hook-form would
// double the page's own JavaScript (see lib/browser/use-checked-form.ts).
import { useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { API_KEY_EXPIRY_CHOICES, API_KEY_NAME_MAX, type ApiKeyCreatedResponse } from "@/lib/auth/api-keys-contract";
import { useCreateApiKey } from "@/lib/auth/hooks/use-api-keys";
import { errorMessage } from "@/lib/browser/api-fetch";
import { useCheckedForm } from "@/lib/browser/use-checked-form";

const loadSchema = async () => (await import("@/lib/auth/api-keys-schema")).newApiKeySchema;

export function NewApiKeyForm({ onCreated }: { onCreated: (created: ApiKeyCreatedResponse) => void }) {
  const create = useCreateApiKey();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useCheckedForm<{ name: string; expiresInDays: number | null }, { name: string; expiresInDays: number | null }>({ name: "", expiresInDays: 90 }, loadSchema);

  const submit = form.onSubmit((values) =>
    create.mutate(values, {
      onSuccess: onCreated,
      onError: (error) => void form.showServerErrors(error, formRef.current),
    }),
  );
  const fieldError = Object.values(form.errors).some(Boolean);

  return (
    <Card aria-labelledby="new-api-key-heading" className="mb-6">
      <CardHeader titleId="new-api-key-heading" title="New API key" description="The key is shown once, right after it is made." />
      <CardBody>
        <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_12rem]">
            <Field label="Name" hint={`What the key is for, up to ${API_KEY_NAME_MAX} characters.`} error={form.errors.name?.message}>
              {(c) => <Input {...c} name="name" autoComplete="off" placeholder="e.g. nightly provisioning" value={form.values.name} onChange={(e) => form.set("name", e.target.value)} />}
            </Field>
            <Field label="Expires" error={form.errors.expiresInDays?.message}>
              {(c) => (
                <Select
                  {...c}
                  name="expiresInDays"
                  value={form.values.expiresInDays ?? ""}
                  onChange={(e) => form.set("expiresInDays", e.target.value === "" ? null : Number(e.target.value))}
                >
                  {API_KEY_EXPIRY_CHOICES.map((choice) => (
                    <option key={choice.label} value={choice.days ?? ""}>
                      {choice.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </div>
          {create.isError && !fieldError && <Alert tone="error">{errorMessage(create.error)}</Alert>}
          <Button type="submit" disabled={create.isPending}>
            {create.isPending && <Spinner />}
            Create API key
          </Button>
        </form>
      </CardBody>
    </Card>
  );
}

"use client";
// Making a key: a name that says what it is for, and when it should stop working.
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type * as z from "zod/mini";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { API_KEY_EXPIRY_CHOICES, API_KEY_NAME_MAX, type ApiKeyCreatedResponse } from "@/lib/auth/api-keys-contract";
import { newApiKeySchema } from "@/lib/auth/api-keys-schema";
import { useCreateApiKey } from "@/lib/auth/hooks/use-api-keys";
import { errorMessage } from "@/lib/browser/api-fetch";
import { applyFieldErrors, focusFirstError } from "@/lib/browser/apply-field-errors";

const FIELDS = ["name", "expiresInDays"] as const;

export function NewApiKeyForm({ onCreated }: { onCreated: (created: ApiKeyCreatedResponse) => void }) {
  const create = useCreateApiKey();
  const { register, handleSubmit, setError, setFocus, formState } = useForm<z.input<typeof newApiKeySchema>, unknown, z.output<typeof newApiKeySchema>>({
    resolver: zodResolver(newApiKeySchema),
    defaultValues: { name: "", expiresInDays: 90 },
  });

  const submit = handleSubmit(
    (values) =>
      create.mutate(values, {
        onSuccess: onCreated,
        onError: (error) => void applyFieldErrors(error, FIELDS, setError),
      }),
    (invalid) => focusFirstError(FIELDS, invalid, setFocus),
  );
  const fieldError = formState.errors.name || formState.errors.expiresInDays;

  return (
    <Card aria-labelledby="new-api-key-heading" className="mb-6">
      <CardHeader titleId="new-api-key-heading" title="New API key" description="The key is shown once, right after it is made." />
      <CardBody>
        <form onSubmit={submit} noValidate className="space-y-4">
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_12rem]">
            <Field label="Name" hint={`What the key is for, up to ${API_KEY_NAME_MAX} characters.`} error={formState.errors.name?.message}>
              {(c) => <Input {...c} {...register("name")} autoComplete="off" placeholder="e.g. nightly provisioning" />}
            </Field>
            <Field label="Expires" error={formState.errors.expiresInDays?.message}>
              {(c) => (
                <Select {...c} {...register("expiresInDays", { setValueAs: (value: string) => (value === "" ? null : Number(value)) })}>
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

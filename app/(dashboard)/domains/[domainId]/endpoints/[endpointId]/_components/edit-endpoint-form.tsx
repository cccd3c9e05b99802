"use client";
// Changing an endpoint: only the fields that changed are sent (a blank password means "keep").
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { type Resolver, useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { keepFocusForClick } from "@/components/ui/keep-focus-for-click";
import type { Endpoint } from "@/lib/endpoints/contract";
import { errorMessage } from "@/lib/browser/api-fetch";
import { applyFieldErrors, focusFirstError } from "@/lib/browser/apply-field-errors";
import { useUpdateEndpoint } from "@/lib/endpoints/hooks/use-update-endpoint";
import { type EndpointChanges, endpointChangesSchema } from "@/lib/endpoints/schema";
import { ApplicationController } from "@/components/endpoints/application-field";
import { PasswordField } from "@/components/endpoints/password-field";

type FormInput = z.input<typeof endpointChangesSchema>;
type FormOutput = z.output<typeof endpointChangesSchema>;

const FIELDS = ["enabled", "description", "applicationId", "password"] as const;

const validateChanges = zodResolver(endpointChangesSchema);
/** A blank "New password" means "keep the current one": it is absent, not a too-short password. */
const resolver: Resolver<FormInput, unknown, FormOutput> = (values, context, options) =>
  validateChanges({ ...values, password: values.password || undefined }, context, options);

const valuesOf = (endpoint: Endpoint): FormInput => ({
  enabled: endpoint.enabled,
  description: endpoint.description ?? "",
  applicationId: endpoint.applicationId ?? "",
  password: "",
});

export function EditEndpointForm({ endpoint }: { endpoint: Endpoint }) {
  const update = useUpdateEndpoint(endpoint.domainId, endpoint.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver,
    mode: "onTouched",
    shouldFocusError: false,
    defaultValues: valuesOf(endpoint),
  });
  const { register, control, handleSubmit, setValue, setError, setFocus, reset, watch, formState } = form;
  const { errors, isDirty, dirtyFields } = formState;

  // Fresh data from Catapult replaces the form's values, unless the user is editing.
  useEffect(() => {
    if (!isDirty) reset(valuesOf(endpoint));
  }, [endpoint, isDirty, reset]);

  const submit = handleSubmit((values) => {
    const changes: EndpointChanges = {};
    if (dirtyFields.enabled) changes.enabled = values.enabled;
    if (dirtyFields.description) changes.description = values.description;
    if (dirtyFields.applicationId) changes.applicationId = values.applicationId;
    if (values.password) changes.password = values.password;
    if (Object.keys(changes).length === 0) return;
    setFormError(null);
    setSaved(false);
    update.mutate(changes, {
      onSuccess: ({ endpoint: updated }) => {
        reset(valuesOf(updated));
        setSaved(true);
      },
      onError: (error) => {
        if (!applyFieldErrors(error, FIELDS, setError).applied) setFormError(errorMessage(error));
      },
    });
  }, (invalid) => focusFirstError(FIELDS, invalid, setFocus));

  return (
    <Card aria-labelledby="edit-heading">
      <CardHeader titleId="edit-heading" title="Edit endpoint" description="The name cannot be changed (Catapult’s rule)." />
      <CardBody>
        <form onSubmit={submit} noValidate className="space-y-6" aria-labelledby="edit-heading">
          <Checkbox
            {...register("enabled")}
            asSwitch
            label="Enabled"
            description="When off, registration and calls to and from this endpoint fail."
          />

          <Field label="Description" optional error={errors.description?.message}>
            {(c) => <Textarea {...c} {...register("description")} rows={2} />}
          </Field>

          <ApplicationController control={control} />

          <PasswordField
            label="New password"
            optional
            value={watch("password")}
            error={errors.password?.message}
            registration={register("password")}
            onGenerate={(password) => setValue("password", password, { shouldValidate: true, shouldDirty: true, shouldTouch: true })}
            extraHint="Leave empty to keep the current one."
          />

          {formError && <Alert tone="error" title="The changes were not saved">{formError}</Alert>}
          {saved && !isDirty && <Alert tone="success">Changes saved. Catapult has the new settings.</Alert>}

          <div className="flex items-center gap-3 border-t border-slate-200 pt-5">
            <Button type="submit" onMouseDown={keepFocusForClick} disabled={update.isPending || !isDirty}>
              {update.isPending && <Spinner />}
              {update.isPending ? "Saving…" : "Save changes"}
            </Button>
            <Button
              variant="ghost"
              disabled={update.isPending || !isDirty}
              onClick={() => {
                reset(valuesOf(endpoint));
                setFormError(null);
              }}
            >
              Discard changes
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}

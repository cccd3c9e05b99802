"use client";
// Changing an endpoint: only the fields that changed are sent (a blank password means "keep").
// A new password is shown once after saving, with the phone's settings; leaving with unsaved
// changes, or with that password neither copied nor hidden, asks first.
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type * as z from "zod/mini";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { keepFocusForClick } from "@/components/ui/keep-focus-for-click";
import type { Endpoint, ReadableEndpointField } from "@/lib/endpoints/contract";
import { errorMessage } from "@/lib/browser/api-fetch";
import { applyFieldErrors, focusFirstError } from "@/lib/browser/apply-field-errors";
import { useLeaveGuard } from "@/lib/browser/use-leave-guard";
import { useUpdateEndpoint } from "@/lib/endpoints/hooks/use-update-endpoint";
import { type EndpointChanges, endpointChangesSchema } from "@/lib/endpoints/schema";
import { ApplicationController } from "@/components/endpoints/application-field";
import { OneTimeCredentials } from "@/components/endpoints/one-time-credentials";
import { PasswordField } from "@/components/endpoints/password-field";
import { resolverWithIssueCodes } from "@/components/endpoints/resolver-with-issue-codes";
import { useOneTimePassword } from "@/components/endpoints/use-one-time-password";

type FormInput = z.input<typeof endpointChangesSchema>;
type FormOutput = z.output<typeof endpointChangesSchema>;

const FIELDS = ["enabled", "description", "applicationId", "password"] as const;

/** A blank "New password" means "keep the current one": it is absent, not a missing password. */
const resolver = resolverWithIssueCodes<FormInput, FormOutput>(endpointChangesSchema, (values) => ({ ...values, password: values.password || undefined }));
const UNSAVED = "The changes to this endpoint have not been saved.";
const FIELD_NAMES: Record<ReadableEndpointField, string> = { description: "the description", applicationId: "the application", enabled: "the enabled setting" };

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
  /** Fields Catapult did not keep, read back after the save. */
  const [notKept, setNotKept] = useState<ReadableEndpointField[]>([]);
  const secret = useOneTimePassword();
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver,
    mode: "onTouched",
    shouldFocusError: false,
    defaultValues: valuesOf(endpoint),
  });
  const { register, control, handleSubmit, setValue, setError, setFocus, reset, watch, formState } = form;
  const { errors, isDirty, dirtyFields } = formState;
  useLeaveGuard(isDirty ? UNSAVED : null);

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
    // A newer password replaces one still on screen: that one no longer works anyway.
    if (changes.password && !secret.confirmDiscard()) return;
    setFormError(null);
    setSaved(false);
    update.mutate(changes, {
      onSuccess: ({ endpoint: updated, notApplied }) => {
        reset(valuesOf(updated));
        setSaved(true);
        setNotKept(notApplied);
        if (changes.password) secret.show(changes.password);
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
          {/* A checkbox, as on the create form: like every field here it takes effect on Save. */}
          <Checkbox
            {...register("enabled")}
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
            errorCode={errors.password?.type}
            registration={register("password")}
            onGenerate={(password) => setValue("password", password, { shouldValidate: true, shouldDirty: true, shouldTouch: true })}
            extraHint="Leave empty to keep the current one."
          />

          {formError && <Alert tone="error" title="The changes were not saved">{formError}</Alert>}
          {saved && !isDirty && notKept.length === 0 && <Alert tone="success">Changes saved. Catapult has the new settings.</Alert>}
          {saved && !isDirty && notKept.length > 0 && (
            <Alert tone="warning" title="Not every change took">
              Catapult kept {notKept.map((f) => FIELD_NAMES[f]).join(" and ")} as it was: read back after saving, the endpoint still has the old value. The form shows what
              Catapult has now.
            </Alert>
          )}
          {secret.open && (
            <OneTimeCredentials
              name={endpoint.name}
              sip={{ sipUri: endpoint.sipUri, realm: endpoint.realm, username: endpoint.username }}
              secret={secret}
              focusOnMount
              onClose={secret.close}
            />
          )}

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

"use client";
// Creating one endpoint: the shared schema validates in the browser (nothing is sent while it
// fails); the server's field errors come back onto the same fields. Leaving with something
// typed asks first.
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type * as z from "zod/mini";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { keepFocusForClick } from "@/components/ui/keep-focus-for-click";
import { errorMessage } from "@/lib/browser/api-fetch";
import { applyFieldErrors, focusFirstError } from "@/lib/browser/apply-field-errors";
import { useLeaveGuard } from "@/lib/browser/use-leave-guard";
import type { EndpointCreated } from "@/lib/endpoints/contract";
import { useCreateEndpoint } from "@/lib/endpoints/hooks/use-create-endpoint";
import { NAME_RULE, newEndpointSchema } from "@/lib/endpoints/schema";
import { ApplicationController } from "@/components/endpoints/application-field";
import { domainHref } from "@/lib/endpoints/links";
import { PasswordField } from "@/components/endpoints/password-field";
import { resolverWithIssueCodes } from "@/components/endpoints/resolver-with-issue-codes";

type FormInput = z.input<typeof newEndpointSchema>;
type FormOutput = z.output<typeof newEndpointSchema>;

const NAME_PERMANENT = "Unique in the domain; it cannot be changed later.";
/** The rule, unless the error beside the field (a broken character rule) already quotes it. */
const nameHint = (errorType: string | undefined) =>
  errorType === "name_char" || errorType === "name_escape" ? NAME_PERMANENT : `Use ${NAME_RULE}. ${NAME_PERMANENT}`;

const resolver = resolverWithIssueCodes<FormInput, FormOutput>(newEndpointSchema);
const UNSAVED = "The new endpoint has not been created yet; what you typed would be lost.";

const FIELDS = ["name", "description", "applicationId", "enabled", "password"] as const;

interface NewEndpointFormProps {
  domainId: string;
  /** Kept from the previous create ("Create another"). */
  applicationId: string;
  /** `password` is what was sent: the server never returns it, so the page shows it from here, once. */
  onCreated: (endpoint: EndpointCreated, applicationId: string, password: string) => void;
}

export function NewEndpointForm({ domainId, applicationId, onCreated }: NewEndpointFormProps) {
  const create = useCreateEndpoint(domainId);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver,
    mode: "onTouched",
    // Focus follows the order on screen (see focusFirstError), not registration order.
    shouldFocusError: false,
    defaultValues: { name: "", description: "", applicationId, enabled: true, password: "" },
  });
  const { register, control, handleSubmit, setValue, setError, setFocus, watch, formState } = form;
  const { errors, isDirty } = formState;
  useLeaveGuard(isDirty ? UNSAVED : null);

  // The name comes first and is the one field everyone fills: start there.
  useEffect(() => setFocus("name"), [setFocus]);

  const submit = handleSubmit((values) => {
    setFormError(null);
    const body = { ...values, description: values.description?.trim() ? values.description : undefined };
    create.mutate(body, {
      onSuccess: (endpoint) => onCreated(endpoint, values.applicationId ?? "", values.password),
      onError: (error) => {
        if (!applyFieldErrors(error, FIELDS, setError).applied) setFormError(errorMessage(error));
      },
    });
  }, (invalid) => focusFirstError(FIELDS, invalid, setFocus));

  return (
    <form onSubmit={submit} noValidate className="space-y-6" aria-label="New endpoint">
      <Field label="Name" error={errors.name?.message} hint={nameHint(errors.name?.type)}>
        {(c) => <Input {...c} {...register("name")} autoComplete="off" spellCheck={false} className="font-mono" placeholder="e.g. jsmith-mobile" />}
      </Field>

      <Field label="Description" optional error={errors.description?.message}>
        {(c) => <Textarea {...c} {...register("description")} rows={2} placeholder="John Smith’s mobile softphone" />}
      </Field>

      <ApplicationController control={control} />

      <Checkbox
        {...register("enabled")}
        label="Enabled"
        description="When off, registration and calls to and from this endpoint fail."
      />

      <PasswordField
        label="Password"
        value={watch("password")}
        error={errors.password?.message}
        errorCode={errors.password?.type}
        registration={register("password")}
        onGenerate={(password) => setValue("password", password, { shouldValidate: true, shouldDirty: true, shouldTouch: true })}
        extraHint="It is shown once more after the create, with the phone's settings; Catapult never shows it again."
      />

      {formError && <Alert tone="error" title="The endpoint was not created">{formError}</Alert>}

      <div className="flex items-center gap-3 border-t border-slate-200 pt-5">
        <Button type="submit" onMouseDown={keepFocusForClick} disabled={create.isPending}>
          {create.isPending && <Spinner />}
          {create.isPending ? "Creating…" : "Create endpoint"}
        </Button>
        <ButtonLink href={domainHref(domainId)} variant="ghost">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}

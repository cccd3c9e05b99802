"use client";
// Creating one endpoint: the shared schema validates in the browser (nothing is sent while it
// fails), each field from when it is first left, as before; the server's field errors come back
// onto the same fields. Leaving with something typed asks first. A plain form checked with the
// schema (loaded on the first keystroke): react-hook-form would take the page past its budget
// (lib/browser/use-checked-form.ts).
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { keepFocusForClick } from "@/components/ui/keep-focus-for-click";
import { ApplicationField } from "@/components/endpoints/application-field";
import { PasswordField } from "@/components/endpoints/password-field";
import type { Application } from "@/lib/applications/contract";
import { errorMessage } from "@/lib/browser/api-fetch";
import { useCheckedForm } from "@/lib/browser/use-checked-form";
import { useLeaveGuard } from "@/lib/browser/use-leave-guard";
import type { EndpointCreated } from "@/lib/endpoints/contract";
import { useCreateEndpoint } from "@/lib/endpoints/hooks/use-create-endpoint";
import { domainHref } from "@/lib/endpoints/links";
import { NAME_RULE } from "@/lib/endpoints/rules";

const NAME_PERMANENT = "Unique in the domain; it cannot be changed later.";
/** The rule, unless the error beside the field (a broken character rule) already quotes it. */
const nameHint = (errorCode: string | undefined) =>
  errorCode === "name_char" || errorCode === "name_escape" ? NAME_PERMANENT : `Use ${NAME_RULE}. ${NAME_PERMANENT}`;

const loadSchema = async () => (await import("@/lib/endpoints/schema")).newEndpointSchema;
const UNSAVED = "The new endpoint has not been created yet; what you typed would be lost.";

interface NewEndpointFormProps {
  domainId: string;
  applications: readonly Application[] | undefined;
  /** Kept from the previous create ("Create another"). */
  applicationId: string;
  /** `password` is what was sent: the server never returns it, so the page shows it from here, once. */
  onCreated: (endpoint: EndpointCreated, applicationId: string, password: string) => void;
}

export function NewEndpointForm({ domainId, applications, applicationId, onCreated }: NewEndpointFormProps) {
  const create = useCreateEndpoint(domainId);
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  // Fields in their order on screen: the first invalid one gets focus.
  const form = useCheckedForm({ name: "", description: "", applicationId, enabled: true, password: "" }, loadSchema, { mode: "onTouched" });
  const { values, errors, set, blur } = form;
  useLeaveGuard(form.dirty ? UNSAVED : null);

  // The name comes first and is the one field everyone fills: start there.
  useEffect(() => nameRef.current?.focus(), []);

  const submit = form.onSubmit((parsed) => {
    setFormError(null);
    const body = { ...parsed, description: parsed.description?.trim() ? parsed.description : undefined };
    create.mutate(body, {
      onSuccess: (endpoint) => onCreated(endpoint, parsed.applicationId ?? "", parsed.password),
      onError: (error) => {
        if (!form.showServerErrors(error, formRef.current)) setFormError(errorMessage(error));
      },
    });
  });

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="space-y-6" aria-label="New endpoint">
      <Field label="Name" error={errors.name?.message} hint={nameHint(errors.name?.code)}>
        {(c) => (
          <Input
            {...c}
            ref={nameRef}
            name="name"
            value={values.name}
            onChange={(e) => set("name", e.target.value)}
            onBlur={() => blur("name")}
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            placeholder="e.g. jsmith-mobile"
          />
        )}
      </Field>

      <Field label="Description" optional error={errors.description?.message}>
        {(c) => (
          <Textarea
            {...c}
            name="description"
            value={values.description}
            onChange={(e) => set("description", e.target.value)}
            onBlur={() => blur("description")}
            rows={2}
            placeholder="John Smith’s mobile softphone"
          />
        )}
      </Field>

      <ApplicationField
        name="applicationId"
        applications={applications}
        value={values.applicationId}
        onChange={(id) => set("applicationId", id)}
        onBlur={() => blur("applicationId")}
        error={errors.applicationId?.message}
      />

      <Checkbox
        name="enabled"
        checked={values.enabled}
        onChange={(e) => set("enabled", e.target.checked)}
        label="Enabled"
        description="When off, registration and calls to and from this endpoint fail."
      />

      <PasswordField
        label="Password"
        name="password"
        value={values.password}
        onChange={(password) => set("password", password)}
        onBlur={() => blur("password")}
        onGenerate={(password) => set("password", password, { touch: true })}
        error={errors.password?.message}
        errorCode={errors.password?.code}
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

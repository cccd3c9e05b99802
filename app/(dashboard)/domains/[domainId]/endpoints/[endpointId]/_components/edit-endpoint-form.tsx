"use client";
// Changing an endpoint: only the fields that changed are sent (a blank password means "keep").
// A new password is shown once after saving, with the phone's settings; leaving with unsaved
// changes, or with that password neither copied nor hidden, asks first. A plain form checked
// with the shared schema (loaded on the first keystroke), each field from when it is first
// left: react-hook-form would take the page past its budget (lib/browser/use-checked-form.ts).
import { lazy, Suspense, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { keepFocusForClick } from "@/components/ui/keep-focus-for-click";
import { ApplicationField } from "@/components/endpoints/application-field";
import { PasswordField } from "@/components/endpoints/password-field";
import { useOneTimePassword } from "@/components/endpoints/use-one-time-password";
import type { Application } from "@/lib/applications/contract";
import type { Endpoint, ReadableEndpointField } from "@/lib/endpoints/contract";
import { errorMessage } from "@/lib/browser/api-fetch";
import { useCheckedForm } from "@/lib/browser/use-checked-form";
import { useLeaveGuard } from "@/lib/browser/use-leave-guard";
import { useUpdateEndpoint } from "@/lib/endpoints/hooks/use-update-endpoint";
import type { EndpointChanges } from "@/lib/endpoints/schema";

// The password panel shows only after a password change: loaded then.
const OneTimeCredentials = lazy(async () => ({ default: (await import("@/components/endpoints/one-time-credentials")).OneTimeCredentials }));

const loadSchema = async () => (await import("@/lib/endpoints/schema")).endpointChangesSchema;
const UNSAVED = "The changes to this endpoint have not been saved.";
const FIELD_NAMES: Record<ReadableEndpointField, string> = { description: "the description", applicationId: "the application", enabled: "the enabled setting" };

// Fields in their order on screen: the first invalid one gets focus.
const valuesOf = (endpoint: Endpoint) => ({
  enabled: endpoint.enabled,
  description: endpoint.description ?? "",
  applicationId: endpoint.applicationId ?? "",
  password: "",
});

/** A blank "New password" means "keep the current one": it is absent, not a missing password. */
const prepare = (values: ReturnType<typeof valuesOf>) => ({ ...values, password: values.password || undefined });

export function EditEndpointForm({ endpoint, applications }: { endpoint: Endpoint; applications: readonly Application[] | undefined }) {
  const update = useUpdateEndpoint(endpoint.domainId, endpoint.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  /** Fields Catapult did not keep, read back after the save. */
  const [notKept, setNotKept] = useState<ReadableEndpointField[]>([]);
  const secret = useOneTimePassword();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useCheckedForm(valuesOf(endpoint), loadSchema, { mode: "onTouched", prepare });
  const { values, errors, set, blur, dirty, dirtyFields } = form;
  useLeaveGuard(dirty ? UNSAVED : null);

  // Fresh data from Catapult (the page rendered again) replaces the form's values, unless the user is editing.
  const [shown, setShown] = useState(endpoint);
  if (endpoint !== shown) {
    setShown(endpoint);
    if (!dirty) form.reset(valuesOf(endpoint));
  }

  const submit = form.onSubmit((parsed) => {
    const changes: EndpointChanges = {};
    if (dirtyFields.has("enabled")) changes.enabled = parsed.enabled;
    if (dirtyFields.has("description")) changes.description = parsed.description;
    if (dirtyFields.has("applicationId")) changes.applicationId = parsed.applicationId;
    if (parsed.password) changes.password = parsed.password;
    if (Object.keys(changes).length === 0) return;
    // A newer password replaces one still on screen: that one no longer works anyway.
    if (changes.password && !secret.confirmDiscard()) return;
    setFormError(null);
    setSaved(false);
    update.mutate(changes, {
      onSuccess: ({ endpoint: updated, notApplied }) => {
        form.reset(valuesOf(updated));
        setSaved(true);
        setNotKept(notApplied);
        if (changes.password) secret.show(changes.password);
      },
      onError: (error) => {
        if (!form.showServerErrors(error, formRef.current)) setFormError(errorMessage(error));
      },
    });
  });

  return (
    <Card aria-labelledby="edit-heading">
      <CardHeader titleId="edit-heading" title="Edit endpoint" description="The name cannot be changed (Catapult’s rule)." />
      <CardBody>
        <form ref={formRef} onSubmit={submit} noValidate className="space-y-6" aria-labelledby="edit-heading">
          {/* A checkbox, as on the create form: like every field here it takes effect on Save. */}
          <Checkbox
            name="enabled"
            checked={values.enabled}
            onChange={(e) => set("enabled", e.target.checked)}
            label="Enabled"
            description="When off, registration and calls to and from this endpoint fail."
          />

          <Field label="Description" optional error={errors.description?.message}>
            {(c) => <Textarea {...c} name="description" value={values.description} onChange={(e) => set("description", e.target.value)} onBlur={() => blur("description")} rows={2} />}
          </Field>

          <ApplicationField
            name="applicationId"
            applications={applications}
            value={values.applicationId}
            onChange={(id) => set("applicationId", id)}
            onBlur={() => blur("applicationId")}
            error={errors.applicationId?.message}
          />

          <PasswordField
            label="New password"
            optional
            name="password"
            value={values.password}
            onChange={(password) => set("password", password)}
            onBlur={() => blur("password")}
            onGenerate={(password) => set("password", password, { touch: true })}
            error={errors.password?.message}
            errorCode={errors.password?.code}
            extraHint="Leave empty to keep the current one."
          />

          {formError && <Alert tone="error" title="The changes were not saved">{formError}</Alert>}
          {saved && !dirty && notKept.length === 0 && <Alert tone="success">Changes saved. Catapult has the new settings.</Alert>}
          {saved && !dirty && notKept.length > 0 && (
            <Alert tone="warning" title="Not every change took">
              Catapult kept {notKept.map((f) => FIELD_NAMES[f]).join(" and ")} as it was: read back after saving, the endpoint still has the old value. The form shows what
              Catapult has now.
            </Alert>
          )}
          {secret.open && (
            <Suspense fallback={null}>
              <OneTimeCredentials
                name={endpoint.name}
                sip={{ sipUri: endpoint.sipUri, realm: endpoint.realm, username: endpoint.username }}
                secret={secret}
                focusOnMount
                onClose={secret.close}
              />
            </Suspense>
          )}

          <div className="flex items-center gap-3 border-t border-slate-200 pt-5">
            <Button type="submit" onMouseDown={keepFocusForClick} disabled={update.isPending || !dirty}>
              {update.isPending && <Spinner />}
              {update.isPending ? "Saving…" : "Save changes"}
            </Button>
            <Button
              variant="ghost"
              disabled={update.isPending || !dirty}
              onClick={() => {
                form.reset(valuesOf(endpoint));
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

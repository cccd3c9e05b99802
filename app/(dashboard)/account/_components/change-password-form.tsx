"use client";
// Changing one's own password. The current one proves it is really them; afterwards every
// other browser they were signed in on is signed out, this one stays. Checked with the shared
// schema (loaded on the first keystroke) in a plain form: react-hook-form would double the
// page's own JavaScript (see lib/browser/use-checked-form.ts).
import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { PasswordInput } from "@/components/ui/password-input";
import { Spinner } from "@/components/ui/spinner";
import { errorMessage } from "@/lib/browser/api-fetch";
import { useCheckedForm } from "@/lib/browser/use-checked-form";
import { useChangeOwnPassword } from "@/lib/auth/hooks/use-account";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/roles";

const loadSchema = async () => (await import("@/lib/auth/users-schema")).passwordChangeSchema;

export function ChangePasswordForm() {
  const change = useChangeOwnPassword();
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useCheckedForm({ currentPassword: "", newPassword: "" }, loadSchema);
  const fieldError = Object.values(form.errors).some(Boolean);

  const submit = form.onSubmit((values) => {
    setDone(false);
    change.mutate(values, {
      onSuccess: () => {
        form.reset();
        setDone(true);
      },
      onError: (error) => void form.showServerErrors(error, formRef.current),
    });
  });

  return (
    <Card aria-labelledby="password-heading" className="self-start">
      <CardHeader titleId="password-heading" title="Change password" description="Your other sessions end; this one stays signed in." />
      <CardBody>
        <form ref={formRef} onSubmit={submit} noValidate className="space-y-4">
          {done && (
            <Alert tone="success" onDismiss={() => setDone(false)}>
              Password changed. Other browsers were signed out.
            </Alert>
          )}
          <Field label="Current password" error={form.errors.currentPassword?.message}>
            {(c) => (
              <PasswordInput {...c} name="currentPassword" autoComplete="current-password" value={form.values.currentPassword} onChange={(e) => form.set("currentPassword", e.target.value)} />
            )}
          </Field>
          <Field label="New password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} error={form.errors.newPassword?.message}>
            {(c) => <PasswordInput {...c} name="newPassword" autoComplete="new-password" value={form.values.newPassword} onChange={(e) => form.set("newPassword", e.target.value)} />}
          </Field>
          {change.isError && !fieldError && <Alert tone="error">{errorMessage(change.error)}</Alert>}
          <Button type="submit" disabled={change.isPending}>
            {change.isPending && <Spinner />}
            Change password
          </Button>
        </form>
      </CardBody>
    </Card>
  );
}

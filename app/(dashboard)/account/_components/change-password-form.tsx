"use client";
// Changing one's own password. The current one proves it is really them; afterwards every
// other browser they were signed in on is signed out, this one stays.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { PasswordInput } from "@/components/ui/password-input";
import { Spinner } from "@/components/ui/spinner";
import { errorMessage } from "@/lib/browser/api-fetch";
import { applyFieldErrors, focusFirstError } from "@/lib/browser/apply-field-errors";
import { useChangeOwnPassword } from "@/lib/auth/hooks/use-account";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/roles";
import { type PasswordChange, passwordChangeSchema } from "@/lib/auth/users-schema";

const FIELDS = ["currentPassword", "newPassword"] as const;

export function ChangePasswordForm() {
  const change = useChangeOwnPassword();
  const [done, setDone] = useState(false);
  const { register, handleSubmit, setError, setFocus, reset, formState } = useForm<PasswordChange>({
    resolver: zodResolver(passwordChangeSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });

  const submit = handleSubmit(
    (values) => {
      setDone(false);
      change.mutate(values, {
        onSuccess: () => {
          reset();
          setDone(true);
        },
        onError: (error) => void applyFieldErrors(error, FIELDS, setError),
      });
    },
    (invalid) => focusFirstError(FIELDS, invalid, setFocus),
  );
  const fieldError = FIELDS.some((name) => formState.errors[name]);

  return (
    <Card aria-labelledby="password-heading" className="self-start">
      <CardHeader titleId="password-heading" title="Change password" description="Your other sessions end; this one stays signed in." />
      <CardBody>
        <form onSubmit={submit} noValidate className="space-y-4">
          {done && (
            <Alert tone="success" onDismiss={() => setDone(false)}>
              Password changed. Other browsers were signed out.
            </Alert>
          )}
          <Field label="Current password" error={formState.errors.currentPassword?.message}>
            {(c) => <PasswordInput {...c} {...register("currentPassword")} autoComplete="current-password" />}
          </Field>
          <Field label="New password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} error={formState.errors.newPassword?.message}>
            {(c) => <PasswordInput {...c} {...register("newPassword")} autoComplete="new-password" />}
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

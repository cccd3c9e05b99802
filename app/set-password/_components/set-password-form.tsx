"use client";
// Choosing a password from a link; the link works once. Then on to sign in.
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { PasswordInput } from "@/components/ui/password-input";
import { Spinner } from "@/components/ui/spinner";
import { ApiRequestError, errorMessage } from "@/lib/browser/api-fetch";
import { useSetPassword } from "@/lib/auth/hooks/use-set-password";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/roles";

// The shared password rule (zod: ~16 kB of JavaScript) loads once the person starts typing,
// not with the page; the import is fetched once and then answers at once.
const loadRules = () => import("@/lib/auth/users-schema");

export function SetPasswordForm({ token }: { token: string }) {
  const setPassword = useSetPassword();
  const [password, setPasswordValue] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problem, setProblem] = useState<{ password?: string; repeat?: string }>({});
  const { state } = setPassword;

  if (!token) {
    return <Alert tone="error" title="This link is incomplete">Open the whole link you were sent, or ask an admin for a new one.</Alert>;
  }
  if (state.status === "done") {
    return (
      <Card className="space-y-4 p-6">
        <Alert tone="success">Your password is set. Sign in as {state.email}.</Alert>
        <ButtonLink href="/sign-in" className="w-full">
          Go to sign in
        </ButtonLink>
      </Card>
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { newPasswordSchema } = await loadRules();
    const checked = newPasswordSchema.safeParse(password);
    const found = {
      password: checked.success ? undefined : checked.error.issues[0]?.message,
      repeat: checked.success && repeat !== password ? "The two passwords differ" : undefined,
    };
    setProblem(found);
    if (!found.password && !found.repeat) setPassword.submit({ token, newPassword: password });
  }

  const error = state.status === "error" ? state.error : undefined;
  const fields = error instanceof ApiRequestError ? error.fields : {};
  const pending = state.status === "pending";
  return (
    <Card className="p-6">
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-5">
        <Field label="New password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} error={problem.password ?? fields.newPassword}>
          {(c) => (
            <PasswordInput
              {...c}
              autoComplete="new-password"
              autoFocus
              value={password}
              onChange={(e) => {
                void loadRules();
                setPasswordValue(e.target.value);
              }}
            />
          )}
        </Field>
        <Field label="Repeat the password" error={problem.repeat}>
          {(c) => <PasswordInput {...c} autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />}
        </Field>
        {error !== undefined && !fields.newPassword && <Alert tone="error">{errorMessage(error)}</Alert>}
        <Button type="submit" className="w-full" disabled={pending}>
          {pending && <Spinner />}
          Set password
        </Button>
      </form>
    </Card>
  );
}

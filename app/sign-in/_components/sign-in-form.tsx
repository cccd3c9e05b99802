"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { PasswordInput } from "@/components/ui/password-input";
import { ApiRequestError, errorMessage } from "@/lib/browser/api-fetch";
import { useSignIn } from "@/lib/auth/hooks/use-sign-in";

/** `demoPassword` is given only in sandbox mode, when the demo password is in force. */
export function SignInForm({ next, demoPassword }: { next: string; demoPassword?: string }) {
  const router = useRouter();
  const signIn = useSignIn();
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password === "") {
      setMissing(true);
      return;
    }
    signIn.mutate(password, {
      onSuccess: () => {
        router.replace(next);
        router.refresh();
      },
    });
  }

  const wrongPassword = signIn.error instanceof ApiRequestError && signIn.error.code === "wrong_password";
  const fieldError = missing ? "Enter the admin password." : wrongPassword ? errorMessage(signIn.error) : undefined;
  const otherError = signIn.isError && !wrongPassword ? errorMessage(signIn.error) : undefined;
  const busy = signIn.isPending || signIn.isSuccess;

  return (
    <Card className="p-6">
      <form onSubmit={submit} noValidate className="space-y-5">
        {demoPassword && (
          <Alert tone="info" role={null}>
            Demo mode (Catapult sandbox): the password is <code className="font-mono font-semibold">{demoPassword}</code>
          </Alert>
        )}
        <Field label="Admin password" error={fieldError}>
          {(control) => (
            <PasswordInput
              {...control}
              name="password"
              autoComplete="current-password"
              autoFocus
              value={password}
              onChange={(event) => {
                setPassword(event.target.value);
                setMissing(false);
                if (signIn.isError) signIn.reset();
              }}
            />
          )}
        </Field>
        {otherError && <Alert tone="error">{otherError}</Alert>}
        <Button type="submit" className="w-full" disabled={busy}>
          {busy && <Spinner />}
          {busy ? "Signing in…" : "Sign in"}
        </Button>
      </form>
    </Card>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { PasswordInput } from "@/components/ui/password-input";
import { ApiRequestError, errorMessage } from "@/lib/browser/api-fetch";
import { useSignIn } from "@/lib/auth/hooks/use-sign-in";
import { SsoSignIn } from "./sso-sign-in";

interface SignInFormProps {
  next: string;
  /** The demo admin, given only in sandbox mode while the demo password is in force. */
  demo?: { email: string; password: string };
  passwordSignIn: boolean;
  /** Single sign-on, when configured; `error` says why the last attempt came back. */
  sso?: { name: string; error?: string };
}

export function SignInForm({ next, demo, passwordSignIn, sso }: SignInFormProps) {
  return (
    <Card className="space-y-5 p-6">
      {sso?.error && <Alert tone="error" title={`Sign-in with ${sso.name} failed`}>{sso.error}</Alert>}
      {sso && <SsoSignIn name={sso.name} next={next} only={!passwordSignIn} />}
      {sso && passwordSignIn && (
        <p className="flex items-center gap-3 text-xs text-slate-500 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">or</p>
      )}
      {passwordSignIn && <PasswordSignIn next={next} demo={demo} />}
    </Card>
  );
}

function PasswordSignIn({ next, demo }: { next: string; demo?: { email: string; password: string } }) {
  const router = useRouter();
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const nowMissing = { email: email.trim() === "", password: password === "" };
    setMissing(nowMissing);
    if (nowMissing.email || nowMissing.password) return;
    signIn.mutate({ email: email.trim(), password }, {
      onSuccess: () => {
        router.replace(next);
        router.refresh();
      },
    });
  }

  const apiError = signIn.error instanceof ApiRequestError ? signIn.error : undefined;
  const wrongPassword = apiError?.code === "wrong_password";
  const emailError = missing.email ? "Enter your email address." : apiError?.fields?.email;
  const passwordError = missing.password ? "Enter your password." : wrongPassword ? errorMessage(signIn.error) : undefined;
  const otherError = signIn.isError && !wrongPassword && !apiError?.fields?.email ? errorMessage(signIn.error) : undefined;
  const busy = signIn.isPending || signIn.isSuccess;
  const edited = () => {
    setMissing({});
    if (signIn.isError) signIn.reset();
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      {demo && (
        <Alert tone="info" role={null}>
          Demo mode (Catapult sandbox): sign in as <code className="font-mono font-semibold">{demo.email}</code> with the password{" "}
          <code className="font-mono font-semibold">{demo.password}</code>
        </Alert>
      )}
      <Field label="Email" error={emailError}>
        {(control) => (
          <Input
            {...control}
            type="email"
            name="email"
            autoComplete="username"
            autoFocus
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              edited();
            }}
          />
        )}
      </Field>
      <Field label="Password" error={passwordError}>
        {(control) => (
          <PasswordInput
            {...control}
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              edited();
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
  );
}

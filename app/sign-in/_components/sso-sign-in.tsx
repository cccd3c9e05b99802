"use client";
// Single sign-on: a plain link to the server route that starts the OpenID Connect redirect.
import { ButtonLink } from "@/components/ui/button";

// The main button when it is the only way in; beside the password form, a secondary one.
export function SsoSignIn({ name, next, only }: { name: string; next: string; only: boolean }) {
  return (
    <ButtonLink href={`/api/sign-in/sso?next=${encodeURIComponent(next)}`} variant={only ? "primary" : "secondary"} className="w-full">
      Sign in with {name}
    </ButtonLink>
  );
}

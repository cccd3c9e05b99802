"use client";
// Single sign-on: a plain link to the server route that starts the OpenID Connect redirect.
import { ButtonLink } from "@/components/ui/button";

export function SsoSignIn({ name, next }: { name: string; next: string }) {
  return (
    <ButtonLink href={`/api/sign-in/sso?next=${encodeURIComponent(next)}`} variant="secondary" className="w-full">
      Sign in with {name}
    </ButtonLink>
  );
}

"use client";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { useSignOut } from "@/lib/auth/hooks/use-sign-out";

export function SignOutButton() {
  const signOut = useSignOut();
  return (
    <Button
      variant="ghost"
      size="sm"
      disabled={signOut.isPending}
      title={signOut.isError ? "Signing out failed. Try again." : undefined}
      onClick={() => void signOut.run()}
    >
      {signOut.isPending && <Spinner />}
      {signOut.isError ? "Sign out (retry)" : "Sign out"}
    </Button>
  );
}

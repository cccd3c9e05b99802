// Starting a session with email and password (POST /api/session). A plain state hook rather than a
// TanStack mutation: the sign-in page is the one page that needs no query cache, and
// leaving it out keeps that page's download small.
import { useState } from "react";
import { apiFetch } from "@/lib/browser/api-fetch";

export interface Credentials {
  email: string;
  password: string;
}

export async function signIn(credentials: Credentials): Promise<void> {
  // A 401 here means "wrong password", not "session over": no redirect.
  await apiFetch<void>("/api/session", { method: "POST", body: credentials, redirectOnUnauthenticated: false });
}

type SignInState = { status: "idle" | "pending" | "success" } | { status: "error"; error: unknown };

export function useSignIn() {
  const [state, setState] = useState<SignInState>({ status: "idle" });
  return {
    isPending: state.status === "pending",
    isSuccess: state.status === "success",
    isError: state.status === "error",
    error: state.status === "error" ? state.error : null,
    reset: () => setState({ status: "idle" }),
    mutate(credentials: Credentials, options: { onSuccess?: () => void } = {}) {
      setState({ status: "pending" });
      signIn(credentials).then(
        () => {
          setState({ status: "success" });
          options.onSuccess?.();
        },
        (error: unknown) => setState({ status: "error", error }),
      );
    },
  };
}

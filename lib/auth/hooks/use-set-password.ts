// Setting a password from an invitation or reset link (POST /api/password-links). A plain
// state hook, as for sign-in: the public page has no query cache.
import { useState } from "react";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { PasswordFromLink } from "@/lib/auth/users-schema";

type State = { status: "idle" | "pending" } | { status: "done"; email: string } | { status: "error"; error: unknown };

export function useSetPassword() {
  const [state, setState] = useState<State>({ status: "idle" });
  return {
    state,
    reset: () => setState({ status: "idle" }),
    submit(input: PasswordFromLink) {
      setState({ status: "pending" });
      apiFetch<{ email: string }>("/api/password-links", { method: "POST", body: input, redirectOnUnauthenticated: false }).then(
        ({ email }) => setState({ status: "done", email }),
        (error: unknown) => setState({ status: "error", error }),
      );
    },
  };
}

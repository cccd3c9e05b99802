// Starting the admin session (POST /api/session).
import { useMutation } from "@tanstack/react-query";
import { apiFetch } from "./api-fetch";

export async function signIn(password: string): Promise<void> {
  // A 401 here means "wrong password", not "session over": no redirect.
  await apiFetch<void>("/api/session", { method: "POST", body: { password }, redirectOnUnauthenticated: false });
}

export function useSignIn() {
  return useMutation({ mutationFn: signIn });
}

// Ending the admin session (DELETE /api/session) and forgetting everything cached for it.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";

export async function signOut(): Promise<void> {
  await apiFetch<void>("/api/session", { method: "DELETE", redirectOnUnauthenticated: false });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => queryClient.clear(),
  });
}

// The signed-in person's own account: password and sessions (/api/account/*).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { OwnSessionsResponse } from "@/lib/auth/users-contract";
import type { PasswordChange } from "@/lib/auth/users-schema";
import { accountKeys } from "./query-keys";

export function useOwnSessions() {
  return useQuery({
    queryKey: accountKeys.sessions(),
    queryFn: ({ signal }) => apiFetch<OwnSessionsResponse>("/api/account/sessions", { signal }),
    staleTime: 5_000,
  });
}

export function useChangeOwnPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordChange) => apiFetch<void>("/api/account/password", { method: "POST", body: input }),
    // The other sessions have ended.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useEndOwnSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) => apiFetch<void>(`/api/account/sessions/${encodeURIComponent(sessionId)}`, { method: "DELETE" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

/** Ends every session, this one included: the cache goes with it, and the caller leaves. */
export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>("/api/account/sessions", { method: "DELETE", redirectOnUnauthenticated: false }),
    onSuccess: () => queryClient.clear(),
  });
}

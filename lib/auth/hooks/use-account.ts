// The signed-in person's own account: password and sessions (/api/account/*). The Account page
// is rendered on the server: each change renders it again, so the list shows what is left.
import { apiFetch } from "@/lib/browser/api-fetch";
import { useRequest } from "@/lib/browser/use-request";
import type { PasswordChange } from "@/lib/auth/users-schema";

export function useChangeOwnPassword() {
  // The other sessions have ended: the list is rendered again.
  return useRequest((input: PasswordChange) => apiFetch<void>("/api/account/password", { method: "POST", body: input }));
}

export function useEndOwnSession() {
  return useRequest((sessionId: string) => apiFetch<void>(`/api/account/sessions/${encodeURIComponent(sessionId)}`, { method: "DELETE" }));
}

/** Ends every session, this one included: the caller then leaves (a full load forgets the tab's state). */
export function useSignOutEverywhere() {
  return useRequest(() => apiFetch<void>("/api/account/sessions", { method: "DELETE", redirectOnUnauthenticated: false }), { refresh: false });
}

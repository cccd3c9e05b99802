// An admin's changes to the people who can sign in. The Users page is rendered on the server,
// so each change renders it again and the list shows it (the audit log, also rendered on the
// server, shows the entries the next time it is opened).
import { apiFetch } from "@/lib/browser/api-fetch";
import { useRequest } from "@/lib/browser/use-request";
import type { PasswordLinkResponse, UserCreatedResponse, UserResponse } from "@/lib/auth/users-contract";
import type { NewUser, UserChange } from "@/lib/auth/users-schema";

const path = (userId: string) => `/api/users/${encodeURIComponent(userId)}`;

export function useAddUser() {
  return useRequest((input: NewUser) => apiFetch<UserCreatedResponse>("/api/users", { method: "POST", body: input }));
}

export function useChangeUser() {
  return useRequest(({ userId, change }: { userId: string; change: UserChange }) => apiFetch<UserResponse>(path(userId), { method: "PATCH", body: change }));
}

export function useEndUserSessions() {
  return useRequest((userId: string) => apiFetch<UserResponse>(`${path(userId)}/sessions`, { method: "DELETE" }));
}

export function useMakePasswordLink() {
  return useRequest((userId: string) => apiFetch<PasswordLinkResponse>(`${path(userId)}/password-link`, { method: "POST" }));
}

// The people who can sign in (GET /api/users), and an admin's changes to them. Each change
// also adds audit entries, so the audit log's queries are refreshed too.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import { auditKeys } from "@/lib/audit/hooks/query-keys";
import type { PasswordLinkResponse, UserCreatedResponse, UserResponse, UsersResponse } from "@/lib/auth/users-contract";
import type { NewUser, UserChange } from "@/lib/auth/users-schema";
import { userKeys } from "./query-keys";

export function useUsers() {
  return useQuery({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => apiFetch<UsersResponse>("/api/users", { signal }),
    staleTime: 5_000,
  });
}

function useUserMutation<Input, Output>(send: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: userKeys.all }), queryClient.invalidateQueries({ queryKey: auditKeys.all })]);
    },
  });
}

const path = (userId: string) => `/api/users/${encodeURIComponent(userId)}`;

export function useAddUser() {
  return useUserMutation((input: NewUser) => apiFetch<UserCreatedResponse>("/api/users", { method: "POST", body: input }));
}

export function useChangeUser() {
  return useUserMutation(({ userId, change }: { userId: string; change: UserChange }) =>
    apiFetch<UserResponse>(path(userId), { method: "PATCH", body: change }),
  );
}

export function useEndUserSessions() {
  return useUserMutation((userId: string) => apiFetch<UserResponse>(`${path(userId)}/sessions`, { method: "DELETE" }));
}

export function useMakePasswordLink() {
  return useUserMutation((userId: string) => apiFetch<PasswordLinkResponse>(`${path(userId)}/password-link`, { method: "POST" }));
}

// API keys: the list (own, or everyone's for an admin), creating one and revoking one. A new
// key's secret lives only in the create answer; nothing caches it.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { ApiKeyCreatedResponse, ApiKeysResponse } from "@/lib/auth/api-keys-contract";
import type { NewApiKey } from "@/lib/auth/api-keys-schema";
import { apiKeyKeys } from "./api-key-query-keys";

export function useApiKeys(everyone: boolean) {
  return useQuery({
    queryKey: apiKeyKeys.list(everyone),
    queryFn: async ({ signal }) => (await apiFetch<ApiKeysResponse>(`/api/api-keys${everyone ? "?all=1" : ""}`, { signal })).keys,
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewApiKey) => apiFetch<ApiKeyCreatedResponse>("/api/api-keys", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (keyId: string) => apiFetch<void>(`/api/api-keys/${encodeURIComponent(keyId)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}

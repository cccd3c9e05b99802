// API keys: creating one and revoking one. A new key's secret lives only in the create answer;
// nothing keeps it. The API keys page is rendered on the server, so each change renders it
// again and the list shows it.
import { apiFetch } from "@/lib/browser/api-fetch";
import { useRequest } from "@/lib/browser/use-request";
import type { ApiKeyCreatedResponse } from "@/lib/auth/api-keys-contract";
import type { NewApiKey } from "@/lib/auth/api-keys-schema";

export function useCreateApiKey() {
  return useRequest((input: NewApiKey) => apiFetch<ApiKeyCreatedResponse>("/api/api-keys", { method: "POST", body: input }));
}

export function useRevokeApiKey() {
  return useRequest((keyId: string) => apiFetch<void>(`/api/api-keys/${encodeURIComponent(keyId)}`, { method: "DELETE" }));
}

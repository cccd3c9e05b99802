// Creating a domain (POST /api/domains); the list then shows it.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { DomainCreatedResponse } from "@/lib/domains/contract";
import type { NewDomain } from "@/lib/domains/schema";
import { domainKeys } from "./query-keys";

export function useCreateDomain() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewDomain) => apiFetch<DomainCreatedResponse>("/api/domains", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: domainKeys.all }),
  });
}

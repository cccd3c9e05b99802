"use client";
// TanStack Query and nuqs, for the pages that use them: each such page wraps its view in
// <Providers> (the dashboard layout does not, so a page without client data loads neither,
// ~15 kB gzip). One QueryClient per browser session, kept at module level, so the cache lives
// on from page to page as before; on the server each render gets its own (never shared).
// nuqs is the one way pages keep state (filters, search, page) in the URL.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { ApiRequestError } from "@/lib/browser/api-fetch";
import { onDataChanged } from "@/lib/browser/data-changed";
import { bulkJobKeys } from "@/lib/bulk/hooks/query-keys";
import { endpointKeys } from "@/lib/endpoints/hooks/query-keys";

const MAX_RETRIES = 2;

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx will answer the same again (not found, not signed in, refused): show it at once.
        retry: (failureCount, error) => !(error instanceof ApiRequestError && error.isClientError) && failureCount < MAX_RETRIES,
      },
      // Creating or changing twice is worse than failing once: the user decides.
      mutations: { retry: false },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

function queryClient(): QueryClient {
  if (typeof window === "undefined") return makeQueryClient();
  if (!browserQueryClient) {
    const client = makeQueryClient();
    // Views without this cache (a job's page, say) say what they changed.
    onDataChanged((change) =>
      void client.invalidateQueries({ queryKey: change.kind === "endpoints" ? endpointKeys.list(change.domainId) : bulkJobKeys.lists() }),
    );
    browserQueryClient = client;
  }
  return browserQueryClient;
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient()}>
      <NuqsAdapter>{children}</NuqsAdapter>
    </QueryClientProvider>
  );
}

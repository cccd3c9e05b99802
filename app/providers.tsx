"use client";
// One QueryClient per browser session (made once per mount, never shared between requests),
// and nuqs, the one way pages keep state (filters, search, page) in the URL.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { type ReactNode, useState } from "react";
import { ApiRequestError } from "@/lib/browser/api-fetch";

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

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>{children}</NuqsAdapter>
    </QueryClientProvider>
  );
}

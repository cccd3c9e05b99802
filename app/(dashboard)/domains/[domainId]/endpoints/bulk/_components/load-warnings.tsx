"use client";
// The two lists the preview checks against, when they could not be read.
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

interface Query {
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

export function LoadWarnings({ endpoints, applications }: { endpoints: Query; applications: Query }) {
  return (
    <>
      <LoadWarning query={endpoints} title="Could not read the domain's endpoints">
        Names already in the domain are not marked in the preview. The server checks them again when the import starts.
      </LoadWarning>
      <LoadWarning query={applications} title="Could not load the account's applications">
        Rows that name an application cannot be checked until they are loaded.
      </LoadWarning>
    </>
  );
}

function LoadWarning({ query, title, children }: { query: Query; title: string; children: ReactNode }) {
  if (!query.isError) return null;
  return (
    <Alert
      tone="warning"
      title={title}
      actions={
        <Button variant="secondary" size="sm" onClick={() => query.refetch()} disabled={query.isFetching}>
          Try again
        </Button>
      }
    >
      {children}
    </Alert>
  );
}

"use client";
// The two lists the preview checks against, when they could not be read.
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
      {endpoints.isError && (
        <Alert
          tone="warning"
          title="Could not read the domain's endpoints"
          actions={
            <Button variant="secondary" size="sm" onClick={() => endpoints.refetch()} disabled={endpoints.isFetching}>
              Try again
            </Button>
          }
        >
          Names already in the domain are not marked in the preview. The server checks them again when the import starts.
        </Alert>
      )}
      {applications.isError && (
        <Alert
          tone="warning"
          title="Could not load the account's applications"
          actions={
            <Button variant="secondary" size="sm" onClick={() => applications.refetch()} disabled={applications.isFetching}>
              Try again
            </Button>
          }
        >
          Rows that name an application cannot be checked until they are loaded.
        </Alert>
      )}
    </>
  );
}

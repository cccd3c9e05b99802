"use client";
import { useEffect } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";

export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  // Server errors arrive with a generic message (Next hides details in production).
  const shown = error instanceof Error && error.message ? error : new Error("This page could not be shown.");
  return (
    <Card>
      <ErrorState
        headingLevel={2}
        title="This page could not be shown"
        error={shown}
        onRetry={retry}
        extra={
          <ButtonLink href="/" variant="ghost">
            Back to domains
          </ButtonLink>
        }
      />
    </Card>
  );
}

"use client";
// "Delete domain…": the button, and its confirmation (delete-domain-dialog.tsx) loaded when it
// is first pressed, not with the page. Once opened it stays mounted, so that it can close
// itself; focus goes back to the button.
import { lazy, Suspense, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { Domain } from "@/lib/domains/contract";

const DeleteDomainDialog = lazy(() => import("./delete-domain-dialog"));

export function DeleteDomain({ domain, endpointCount }: { domain: Domain; endpointCount: number | undefined }) {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);

  return (
    <>
      <Button
        ref={triggerRef}
        variant="danger"
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        Delete domain…
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <DeleteDomainDialog
            open={open}
            domain={domain}
            endpointCount={endpointCount}
            onClose={() => {
              setOpen(false);
              triggerRef.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}

"use client";
// Renders the server page again every `everyMs` while mounted and the tab is visible: how a
// page rendered on the server keeps a running job's counts moving. The page drops this once
// nothing it shows is moving any more.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function AutoRefresh({ everyMs }: { everyMs: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") router.refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}

"use client";
// A moment in the browser's time zone, for views rendered on the server. The server cannot know
// the reader's zone: it writes the moment in UTC (and says so), and the browser writes it
// again in its own zone as soon as the page is live. Both passes render the same text on the
// server and in hydration, so React sees no mismatch.
import { useSyncExternalStore } from "react";
import { formatDateTime, formatDateTimeUtc } from "@/lib/browser/format";

const never = () => () => {};

export function LocalDateTime({ at, className }: { at: number; className?: string }) {
  const inBrowser = useSyncExternalStore(never, () => true, () => false);
  return (
    <time dateTime={new Date(at).toISOString()} className={className}>
      {inBrowser ? formatDateTime(at) : formatDateTimeUtc(at)}
    </time>
  );
}

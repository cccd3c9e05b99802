"use client";
// Whether the window is at least Tailwind's `sm` wide: the rows table draws a different row
// (and row height, which its virtualizer must know) on a phone.
import { useSyncExternalStore } from "react";

const QUERY = "(min-width: 640px)";

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener("change", onChange);
  return () => media.removeEventListener("change", onChange);
}

export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => true,
  );
}

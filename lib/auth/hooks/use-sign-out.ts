// Ending the session (DELETE /api/session). A plain state hook, as for sign-in: the navigation (on
// every page) loads no query cache. Sign-in then loads afresh: a full load forgets
// everything this tab had cached for the person who signed out.
import { useState } from "react";
import { apiFetch } from "@/lib/browser/api-fetch";

export async function signOut(): Promise<void> {
  await apiFetch<void>("/api/session", { method: "DELETE", redirectOnUnauthenticated: false });
}

export function useSignOut() {
  const [state, setState] = useState<"idle" | "pending" | "error">("idle");
  async function run() {
    setState("pending");
    try {
      await signOut();
      window.location.assign("/sign-in");
    } catch {
      setState("error");
    }
  }
  return { run, isPending: state === "pending", isError: state === "error" };
}

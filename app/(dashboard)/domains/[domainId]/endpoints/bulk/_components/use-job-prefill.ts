"use client";
// ?from={jobId}&rows=3,4,9: start with the rows of a job that were not sent, taken from this
// tab's own copy of that job's paste. The tab forgets it on a reload, and the server never
// had the passwords, so then the page only says so (the job page offers a file instead).
// Read once, when the page opens (later edits to the paste are the admin's), in the browser
// only (the server has no tab memory), with the paste reader loaded only then.
import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { jobTabMemory } from "@/lib/bulk/hooks/job-tab-memory";
import { IMPORT_AGAIN_PARAMS } from "@/lib/bulk/import-again-href";

export type JobPrefill =
  | { jobId: string; state: "prefilled"; text: string; count: number }
  /** The tab no longer holds the job's paste (reloaded, or another tab). */
  | { jobId: string; state: "forgotten" }
  /** The tab holds it, but none of the rows asked for. */
  | { jobId: string; state: "no-rows" };

/** `onPrefilled` receives the rows' text, once, when there is one. */
export function useJobPrefill(onPrefilled: (text: string) => void): JobPrefill | null {
  const search = useSearchParams();
  const [prefill, setPrefill] = useState<JobPrefill | null>(null);
  const from = search.get(IMPORT_AGAIN_PARAMS.from);
  const rows = search.get(IMPORT_AGAIN_PARAMS.rows);

  useEffect(() => {
    if (!from) return;
    const memory = jobTabMemory(from);
    if (!memory) return void setPrefill({ jobId: from, state: "forgotten" });
    const wanted = (rows ?? "").split(",").map(Number).filter(Number.isInteger);
    let current = true;
    void import("@/lib/bulk/paste-records").then(({ takeRows }) => {
      if (!current) return;
      const { text, taken } = takeRows(memory.pasteText, wanted);
      if (taken.length === 0) return setPrefill({ jobId: from, state: "no-rows" });
      setPrefill({ jobId: from, state: "prefilled", text, count: taken.length });
      onPrefilled(text);
    });
    return () => {
      current = false;
    };
    // Once, when the page opens: the URL stays as it was, and the paste is the admin's from here.
    // eslint-disable-next-line react/exhaustive-deps
  }, []);

  return prefill;
}

"use client";
// ?from={jobId}&rows=3,4,9: start with the rows of a job that were not sent, taken from this
// tab's own copy of that job's paste. The tab forgets it on a reload, and the server never
// had the passwords, so then the page only says so (the job page offers a file instead).
import { parseAsArrayOf, parseAsInteger, parseAsString, useQueryStates } from "nuqs";
import { useState } from "react";
import { jobTabMemory } from "@/lib/bulk/hooks/job-tab-memory";
import { IMPORT_AGAIN_PARAMS } from "@/lib/bulk/import-again-href";
import { takeRows } from "@/lib/bulk/paste-records";

export type JobPrefill =
  | { jobId: string; state: "prefilled"; text: string; count: number }
  /** The tab no longer holds the job's paste (reloaded, or another tab). */
  | { jobId: string; state: "forgotten" }
  /** The tab holds it, but none of the rows asked for. */
  | { jobId: string; state: "no-rows" };

const params = { from: parseAsString, rows: parseAsArrayOf(parseAsInteger) };
const urlKeys = { from: IMPORT_AGAIN_PARAMS.from, rows: IMPORT_AGAIN_PARAMS.rows };

/** Read once, when the page opens: later edits to the paste are the admin's. */
export function useJobPrefill(): JobPrefill | null {
  const [{ from, rows }] = useQueryStates(params, { urlKeys });
  const [prefill] = useState((): JobPrefill | null => {
    if (!from) return null;
    const memory = jobTabMemory(from);
    if (!memory) return { jobId: from, state: "forgotten" };
    const { text, taken } = takeRows(memory.pasteText, rows ?? []);
    return taken.length > 0 ? { jobId: from, state: "prefilled", text, count: taken.length } : { jobId: from, state: "no-rows" };
  });
  return prefill;
}

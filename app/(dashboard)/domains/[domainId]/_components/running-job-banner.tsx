"use client";
// "A bulk import is running in this domain": the way back to a job from its domain. Asked
// gently (every few seconds while one runs, twice a minute otherwise); nothing when none runs,
// and its words (domain-notices.tsx) load only when there is one to show.
import { lazy, Suspense } from "react";
import { useUnfinishedJobs } from "@/lib/bulk/hooks/use-unfinished-jobs";

const RunningJobNotices = lazy(async () => ({ default: (await import("./domain-notices")).RunningJobNotices }));

export function RunningJobBanner({ domainId }: { domainId: string }) {
  const jobs = useUnfinishedJobs(domainId);
  const unfinished = jobs.data?.jobs ?? [];
  if (unfinished.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <RunningJobNotices jobs={unfinished} />
    </Suspense>
  );
}

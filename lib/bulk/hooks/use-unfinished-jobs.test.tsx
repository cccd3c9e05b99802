// The domain page's running-job banner: asks every 5 s while a job is unfinished, twice a
// minute otherwise; at once when the tab comes back into view or a job starts in this tab.
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { dataChanged } from "@/lib/browser/data-changed";
import type { BulkJobListResponse, BulkJobSummary } from "@/lib/bulk/contract";
import { useUnfinishedJobs } from "./use-unfinished-jobs";

const running = { id: "job-1", domainId: "rd-1", action: "create", status: "running", total: 3, done: 1 } as BulkJobSummary;
const list = (jobs: BulkJobSummary[]) => () => new Response(JSON.stringify({ jobs, total: jobs.length, page: 1 } as unknown as BulkJobListResponse), { status: 200, headers: { "Content-Type": "application/json" } });
const asked: number[] = [];
let answers: (() => Response)[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  asked.length = 0;
  vi.stubGlobal("fetch", vi.fn(async () => (asked.push(Date.now()), answers.shift()!())));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const tick = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

it("asks every 5 s while a job runs and every 30 s once none does", async () => {
  answers = [list([running]), list([]), list([])];
  const { result } = renderHook(() => useUnfinishedJobs("rd-1"));
  await tick(0);
  expect(result.current.data?.jobs).toHaveLength(1);
  await tick(5000);
  expect(asked).toHaveLength(2);
  expect(result.current.data?.jobs).toHaveLength(0);
  await tick(29_999);
  expect(asked).toHaveLength(2);
  await tick(1);
  expect(asked).toHaveLength(3);
});

it("asks at once when the tab is looked at again, or a job starts in this tab", async () => {
  answers = [list([]), list([]), list([running])];
  const { result } = renderHook(() => useUnfinishedJobs("rd-1"));
  await tick(0);
  document.dispatchEvent(new Event("visibilitychange"));
  await tick(0);
  expect(asked).toHaveLength(2);
  act(() => dataChanged({ kind: "bulk-jobs" }));
  await tick(0);
  expect(asked).toHaveLength(3);
  expect(result.current.data?.jobs).toHaveLength(1);
});

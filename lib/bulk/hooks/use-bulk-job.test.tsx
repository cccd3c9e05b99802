// The job page's poll: asks only for rows changed since the last answer and merges them, keeps
// asking while the job runs, stops when nothing can change, keeps trying after a server error,
// and stops on a 4xx (no such job) until asked again.
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { BulkJobResponse, BulkJobRow, BulkJobSnapshot } from "@/lib/bulk/contract";
import { useBulkJob } from "./use-bulk-job";

const counts = { created: 0, already_existed: 0, updated: 0, unchanged: 0, deleted: 0, already_gone: 0, skipped: 0, failed: 0, pending: 0, in_flight: 0, cancelled: 0 };
const job = (seq: number, status: BulkJobSnapshot["status"], done: number): BulkJobSnapshot =>
  ({ id: "job-1", domainId: "rd-1", action: "create", status, total: 2, done, seq, counts: { ...counts, created: done, pending: 2 - done } }) as BulkJobSnapshot;
const row = (rowIndex: number, status: BulkJobRow["status"]): BulkJobRow => ({ rowIndex, sourceRow: rowIndex + 2, name: `r${rowIndex}`, status, endpointId: null, sipUri: null, realm: null, username: null, error: null });

const asked: string[] = [];
let answers: (() => Response)[] = [];
const json = (body: BulkJobResponse) => () => new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });

beforeEach(() => {
  vi.useFakeTimers();
  asked.length = 0;
  vi.stubGlobal("fetch", vi.fn(async (url: string) => (asked.push(url), answers.shift()!())));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const tick = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

it("merges the rows changed since the last answer, and stops once nothing can change", async () => {
  answers = [
    json({ job: job(3, "running", 1), rows: [row(0, "created"), row(1, "pending")] }),
    json({ job: job(5, "completed", 2), rows: [row(1, "created")] }),
  ];
  const { result } = renderHook(() => useBulkJob("job-1"));
  await tick(0);
  expect(result.current.data?.rows.get(1)?.status).toBe("pending");
  await tick(1000);
  expect(asked).toEqual(["/api/bulk-jobs/job-1?after=0", "/api/bulk-jobs/job-1?after=3"]);
  expect([...result.current.data!.rows.values()].map((r) => r.status)).toEqual(["created", "created"]);
  await tick(5000);
  expect(asked).toHaveLength(2);
});

it("keeps trying after a server error, and waits for Retry after a 4xx", async () => {
  const failure = (status: number) => () => new Response(JSON.stringify({ error: { code: "x", message: `failed ${status}` } }), { status, headers: { "Content-Type": "application/json" } });
  answers = [failure(503), failure(404), json({ job: job(1, "completed", 2), rows: [] })];
  const { result } = renderHook(() => useBulkJob("job-2"));
  await tick(0);
  expect(result.current.isError).toBe(true);
  await tick(3000);
  expect(asked).toHaveLength(2);
  await tick(10_000);
  expect(asked).toHaveLength(2);
  act(() => result.current.refetch());
  await tick(0);
  expect(result.current).toMatchObject({ isError: false, data: { job: { status: "completed" } } });
});

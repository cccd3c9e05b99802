// The domain page's endpoint list, polled without a query cache: each look asks only for what
// changed since the last answer and merges it (a whole answer replaces), fast while a first
// read fills the list, every second while a refresh runs, not at all once it is done; a look
// that fails is tried again (a 4xx waits for Retry); what the tab merged is shown at once on
// a later visit; Refresh and our own writes elsewhere in the tab look again at once.
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { dataChanged } from "@/lib/browser/data-changed";
import type { Endpoint, EndpointListState, EndpointsResponse } from "@/lib/endpoints/contract";
import { HELD_LISTS, useEndpoints } from "./use-endpoints";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: vi.fn() }) }));

const endpoint = (name: string): Endpoint => ({ id: `re-${name}`, name, description: null, domainId: "rd-1", applicationId: null, enabled: true, sipUri: "", realm: "", username: "" });
const reading = (loaded: number, asOf: number | null = null): EndpointListState => ({ asOf, refreshing: { since: 1, loaded }, lastCount: null, error: null });
const done = (asOf = 5): EndpointListState => ({ asOf, refreshing: null, lastCount: null, error: null });
const answer = (seq: number, list: EndpointListState, endpoints: Endpoint[], { removed = [] as string[], whole = false } = {}): EndpointsResponse => ({ endpoints, removed, whole, seq, list });

const asked: string[] = [];
let answers: (() => Response | Promise<Response>)[] = [];
const json = (body: unknown, status = 200) => () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
const failure = (status: number) => json({ error: { code: "x", message: `failed ${status}` } }, status);

beforeEach(() => {
  vi.useFakeTimers();
  asked.length = 0;
  answers = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init?: RequestInit) => {
      asked.push(`${init?.method ?? "GET"} ${url}`);
      const next = answers.shift();
      if (!next) throw new Error(`no answer left for ${url}`);
      return next();
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const tick = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
const names = (view: { endpoints: readonly Endpoint[] } | undefined) => view?.endpoints.map((e) => e.name).toSorted();

it("merges what changed since the last answer, 4 looks a second while a first read fills the list, and stops once it is whole", async () => {
  answers = [
    json(answer(2, reading(2), [endpoint("a"), endpoint("b")], { whole: true })),
    json(answer(4, reading(3), [endpoint("c")])),
    json(answer(6, done(), [endpoint("b2")], { removed: ["re-a"] })),
  ];
  const { result } = renderHook(() => useEndpoints("rd-merge"));
  await tick(0);
  expect(names(result.current.data)).toEqual(["a", "b"]);
  expect(result.current.data?.complete).toBe(false);
  await tick(249);
  expect(asked).toHaveLength(1);
  await tick(1);
  expect(names(result.current.data)).toEqual(["a", "b", "c"]);
  await tick(250);
  expect(asked).toEqual(["GET /api/domains/rd-merge/endpoints?since=0", "GET /api/domains/rd-merge/endpoints?since=2", "GET /api/domains/rd-merge/endpoints?since=4"]);
  expect(names(result.current.data)).toEqual(["b", "b2", "c"]);
  expect(result.current.data?.complete).toBe(true);
  await tick(60_000);
  expect(asked).toHaveLength(3);
});

it("looks once a second while a refresh of a whole list runs, and a whole answer replaces what was held", async () => {
  answers = [json(answer(9, reading(0, 5), [endpoint("old")], { whole: true })), json(answer(12, reading(1000, 5), [endpoint("new")], { whole: true }))];
  const { result } = renderHook(() => useEndpoints("rd-refreshing"));
  await tick(0);
  await tick(999);
  expect(asked).toHaveLength(1);
  answers.push(json(answer(12, done(7), [])));
  await tick(1);
  expect(names(result.current.data)).toEqual(["new"]);
  await tick(1000);
  expect(asked).toHaveLength(3);
  expect(result.current.data?.list.asOf).toBe(7);
});

it("keeps the same view when nothing changed, so the page does not sort the list again", async () => {
  answers = [json(answer(3, reading(1), [endpoint("a")], { whole: true })), json(answer(3, reading(1), []))];
  const { result } = renderHook(() => useEndpoints("rd-same"));
  await tick(0);
  const first = result.current.data;
  await tick(250);
  expect(asked).toHaveLength(2);
  expect(result.current.data).toBe(first);
});

it("tries again after the server failed, keeping what it holds, and waits for Retry after a 4xx", async () => {
  answers = [json(answer(1, reading(0), [endpoint("a")], { whole: true })), failure(503), failure(404)];
  const { result } = renderHook(() => useEndpoints("rd-failing"));
  await tick(250);
  expect(result.current).toMatchObject({ isError: true, data: { endpoints: [{ name: "a" }] } });
  await tick(3000);
  expect(asked).toHaveLength(3);
  await tick(30_000);
  expect(asked).toHaveLength(3);
  answers.push(json(answer(2, done(), [endpoint("b")])));
  await act(() => result.current.pollNow());
  expect(result.current.isError).toBe(false);
  expect(names(result.current.data)).toEqual(["a", "b"]);
});

it("shows what the tab already holds at once on a later visit, and asks only for what changed since", async () => {
  answers = [json(answer(5, done(), [endpoint("a")], { whole: true }))];
  const first = renderHook(() => useEndpoints("rd-held"));
  await tick(0);
  first.unmount();
  answers = [json(answer(6, done(), [endpoint("b")]))];
  const { result } = renderHook(() => useEndpoints("rd-held"));
  expect(names(result.current.data)).toEqual(["a"]);
  expect(result.current.isPending).toBe(false);
  await tick(0);
  expect(asked.at(-1)).toBe("GET /api/domains/rd-held/endpoints?since=5");
  expect(names(result.current.data)).toEqual(["a", "b"]);
});

it("keeps only the lists of the few domains looked at last, reading an older one whole again", async () => {
  const visit = async (domainId: string, since: number) => {
    answers.push(json(answer(7, done(), [endpoint(domainId)], { whole: since === 0 })));
    const { result, unmount } = renderHook(() => useEndpoints(domainId));
    const shownAtOnce = result.current.data !== undefined;
    await tick(0);
    expect(asked.at(-1)).toBe(`GET /api/domains/${domainId}/endpoints?since=${since}`);
    unmount();
    return shownAtOnce;
  };
  const domains = Array.from({ length: HELD_LISTS + 1 }, (_, i) => `rd-lru-${i}`);
  for (const id of domains) expect(await visit(id, 0)).toBe(false);
  expect(await visit(domains[0]!, 0)).toBe(false);
  // Looked at again, the list is the latest: the next domain pushes out the oldest one instead.
  expect(await visit(domains[2]!, 7)).toBe(true);
  expect(await visit("rd-lru-next", 0)).toBe(false);
  expect(await visit(domains[2]!, 7)).toBe(true);
  expect(await visit(domains[3]!, 0)).toBe(false);
});

it("Refresh starts a read and stays pending until the look after it has answered", async () => {
  answers = [json(answer(1, done(), [endpoint("a")], { whole: true }))];
  const { result } = renderHook(() => useEndpoints("rd-refresh"));
  await tick(0);
  let lookAnswers!: () => void;
  const look = new Promise<void>((resolve) => (lookAnswers = resolve));
  answers.push(json({ list: reading(0, 5) }, 202), async () => (await look, json(answer(2, reading(0, 5), []))()));
  act(() => result.current.refresh.mutate(undefined));
  await tick(0);
  expect(asked.slice(1)).toEqual(["POST /api/domains/rd-refresh/endpoints/refresh", "GET /api/domains/rd-refresh/endpoints?since=1"]);
  expect(result.current.refresh.isPending).toBe(true);
  lookAnswers();
  await tick(0);
  expect(result.current.refresh.isPending).toBe(false);
  expect(result.current.data?.list.refreshing).toEqual({ since: 1, loaded: 0 });
});

it("looks at once when another view of the tab changed this domain's endpoints (a job that ended, say)", async () => {
  answers = [json(answer(1, done(), [endpoint("a")], { whole: true }))];
  const { result } = renderHook(() => useEndpoints("rd-told"));
  await tick(0);
  act(() => dataChanged({ kind: "endpoints", domainId: "rd-other" }));
  expect(asked).toHaveLength(1);
  answers.push(json(answer(2, done(), [endpoint("ours")])));
  act(() => dataChanged({ kind: "endpoints", domainId: "rd-told" }));
  await tick(0);
  expect(asked.at(-1)).toBe("GET /api/domains/rd-told/endpoints?since=1");
  expect(names(result.current.data)).toEqual(["a", "ours"]);
});

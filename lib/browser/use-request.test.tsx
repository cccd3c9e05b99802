// A change from a page rendered on the server: pending while the request and then the page's
// new rendering are on their way, the page rendered again only after a success, the error kept.
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, expect, it, vi } from "vitest";
import { useRequest } from "./use-request";

const refresh = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh }) }));
afterEach(() => {
  cleanup();
  refresh.mockReset();
});

it("renders the page again after a success, with the answer, the input and the callbacks", async () => {
  const onSuccess = vi.fn();
  const { result } = renderHook(() => useRequest(async (n: number) => n * 2));
  await act(async () => result.current.mutate(21, { onSuccess }));
  expect(result.current).toMatchObject({ isSuccess: true, data: 42, variables: 21, isPending: false });
  expect(onSuccess).toHaveBeenCalledWith(42);
  expect(refresh).toHaveBeenCalledOnce();
});

it("keeps the error and does not render the page again after a failure", async () => {
  const failure = new Error("refused");
  const onError = vi.fn();
  const { result } = renderHook(() => useRequest(async () => Promise.reject(failure)));
  await act(async () => result.current.mutate(undefined, { onError }));
  expect(result.current).toMatchObject({ isError: true, error: failure, isPending: false });
  expect(onError).toHaveBeenCalledWith(failure);
  expect(refresh).not.toHaveBeenCalled();
});

it("is pending while the request is on its way", async () => {
  let answer!: () => void;
  const { result } = renderHook(() => useRequest(() => new Promise<void>((resolve) => (answer = resolve))));
  act(() => result.current.mutate(undefined));
  expect(result.current.isPending).toBe(true);
  await act(async () => answer());
  expect(result.current.isPending).toBe(false);
});

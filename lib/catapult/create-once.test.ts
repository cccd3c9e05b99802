import { describe, expect, it, vi } from "vitest";
import { createOnce } from "./create-once";
import { CatapultError } from "./errors";
import type { CatapultResponse } from "./http";
import type { Endpoint } from "@/lib/endpoints/contract";

const created = (location: string): CatapultResponse => ({ status: 201, headers: new Headers({ location }), body: undefined });
const existing = { id: "re-existing", name: "jsmith" } as Endpoint;
const noWait = async () => {};

describe("createOnce", () => {
  it("returns the id from a relative Location", async () => {
    const result = await createOnce({
      post: async () => created("/v1/users/u/domains/d/endpoints/re-123"),
      findByName: async () => undefined,
    });
    expect(result).toEqual({ id: "re-123", location: "/v1/users/u/domains/d/endpoints/re-123", outcome: "created", attempts: 1 });
  });

  it("looks the name up after a lost answer and does not post again when it exists", async () => {
    const post = vi.fn().mockRejectedValueOnce(new CatapultError({ kind: "connection-lost" }));
    const result = await createOnce({ post, findByName: async () => existing, wait: noWait });
    expect(post).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({ id: "re-existing", outcome: "already-existed" });
  });

  it("posts again after a 5xx when the lookup finds nothing", async () => {
    const post = vi
      .fn()
      .mockRejectedValueOnce(new CatapultError({ kind: "server", status: 500 }))
      .mockResolvedValueOnce(created("https://api.example/v1/users/u/domains/d/endpoints/re-9?x=1"));
    const findByName = vi.fn().mockResolvedValue(undefined);
    const result = await createOnce({ post, findByName, wait: noWait });
    expect(findByName).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({ id: "re-9", outcome: "created", attempts: 2 });
  });

  it("resolves a 409 that follows a doubtful attempt to the existing endpoint", async () => {
    const post = vi
      .fn()
      .mockRejectedValueOnce(new CatapultError({ kind: "timeout" }))
      .mockRejectedValueOnce(new CatapultError({ kind: "conflict", status: 409 }));
    // Not visible at the first lookup (e.g. a slow replica), visible after the 409.
    const findByName = vi.fn().mockResolvedValueOnce(undefined).mockResolvedValueOnce(existing);
    const result = await createOnce({ post, findByName, wait: noWait });
    expect(result).toMatchObject({ id: "re-existing", outcome: "already-existed" });
  });

  it("reports a 409 on the first attempt as the duplicate it is", async () => {
    const conflict = new CatapultError({ kind: "conflict", status: 409, code: "endpoint-name-already-exists" });
    const findByName = vi.fn();
    await expect(createOnce({ post: async () => Promise.reject(conflict), findByName })).rejects.toBe(conflict);
    expect(findByName).not.toHaveBeenCalled();
  });

  it("looks first when told an earlier attempt may have landed (e.g. before a restart)", async () => {
    const post = vi.fn();
    const result = await createOnce({ post, findByName: async () => existing, startInDoubt: true });
    expect(post).not.toHaveBeenCalled();
    expect(result).toMatchObject({ id: "re-existing", outcome: "already-existed", attempts: 0 });
  });

  it("does not retry what cannot succeed", async () => {
    const post = vi.fn().mockRejectedValue(new CatapultError({ kind: "validation", status: 400 }));
    await expect(createOnce({ post, findByName: async () => undefined, wait: noWait })).rejects.toMatchObject({ kind: "validation" });
    expect(post).toHaveBeenCalledTimes(1);
  });

  it("retries an unreachable Catapult without a lookup, and gives up after a bound", async () => {
    const post = vi.fn().mockRejectedValue(new CatapultError({ kind: "unreachable" }));
    const findByName = vi.fn();
    await expect(createOnce({ post, findByName, wait: noWait })).rejects.toMatchObject({ kind: "unreachable" });
    expect(post).toHaveBeenCalledTimes(5);
    expect(findByName).not.toHaveBeenCalled();
  });
});

it("when it gives up after a lost answer, the error says the create may have landed", async () => {
  const post = vi
    .fn()
    .mockRejectedValueOnce(new CatapultError({ kind: "connection-lost" }))
    .mockRejectedValue(new CatapultError({ kind: "unreachable" }));
  const error = await createOnce({ post, findByName: async () => undefined, wait: noWait }).catch((e: CatapultError) => e);
  expect(error).toMatchObject({ kind: "unreachable", ambiguous: true, retryable: true });
});

it("a lookup that fails after a lost answer still reports the doubt", async () => {
  const post = vi.fn().mockRejectedValueOnce(new CatapultError({ kind: "timeout" }));
  const findByName = vi.fn().mockRejectedValue(new CatapultError({ kind: "unreachable" }));
  const error = await createOnce({ post, findByName, wait: noWait }).catch((e: CatapultError) => e);
  expect(error).toMatchObject({ kind: "unreachable", ambiguous: true });
});

describe("a successful answer in any 2xx form", () => {
  const answer = (status: number, location?: string): CatapultResponse => ({ status, headers: new Headers(location ? { Location: location } : {}), body: undefined });

  it.each([200, 201, 202])("%i with a Location is created, with the id from its last segment", async (status) => {
    const findByName = vi.fn();
    const result = await createOnce({ post: async () => answer(status, "/v1/users/u-1/domains/rd-1/endpoints/re-9%2Bx"), findByName });
    expect(result).toMatchObject({ id: "re-9+x", outcome: "created", attempts: 1 });
    expect(findByName).not.toHaveBeenCalled();
  });

  it("a 2xx without a Location is resolved by looking the name up, never by posting again", async () => {
    const post = vi.fn().mockResolvedValue(answer(201));
    const result = await createOnce({ post, findByName: async () => ({ id: "re-found" }) });
    expect(result).toMatchObject({ id: "re-found", outcome: "created", location: null });
    expect(post).toHaveBeenCalledTimes(1);
  });

  it("a 2xx without a Location whose name is not in the list is a bad answer, not a retry", async () => {
    const post = vi.fn().mockResolvedValue(answer(200));
    await expect(createOnce({ post, findByName: async () => undefined })).rejects.toMatchObject({ kind: "bad-response" });
    expect(post).toHaveBeenCalledTimes(1);
  });
});

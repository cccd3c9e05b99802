// Creating one endpoint from the form: the answer carries what a phone needs, read back from
// Catapult; a failed read-back still answers "created"; the password is in no answer or log.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AuditActor } from "@/lib/audit/contract";
import { CatapultError } from "@/lib/catapult/errors";
import type { Endpoint } from "@/lib/endpoints/contract";
import { createOneEndpoint } from "./create-one-endpoint";

const ADMIN: AuditActor = { type: "shared-admin" };
const PASSWORD = "hunter2-Secret";
const stored: Endpoint = {
  id: "re-1",
  name: "jsmith",
  description: null,
  domainId: "rd-1",
  applicationId: null,
  enabled: true,
  sipUri: "jsmith@acme.bwapp.bwsipp.io",
  realm: "acme.bwapp.bwsipp.io",
  username: "jsmith",
};

function fakeCatapult(getEndpoint: () => Promise<Endpoint>) {
  return {
    createEndpoint: vi.fn(async () => ({ id: "re-1", location: "/v1/users/u/domains/rd-1/endpoints/re-1", outcome: "created" as const, attempts: 1 })),
    getEndpoint: vi.fn(getEndpoint),
  };
}

afterEach(() => vi.restoreAllMocks());

describe("createOneEndpoint", () => {
  it("creates, records in History and answers with the SIP details read back once", async () => {
    const catapult = fakeCatapult(async () => stored);
    const record = vi.fn();
    const cache = vi.fn();
    const created = await createOneEndpoint("rd-1", { name: "jsmith", password: PASSWORD }, ADMIN, { catapult, record, cache });
    expect(created).toEqual({
      id: "re-1",
      name: "jsmith",
      domainId: "rd-1",
      location: "/v1/users/u/domains/rd-1/endpoints/re-1",
      outcome: "created",
      url: "/domains/rd-1/endpoints/re-1",
      sip: { sipUri: stored.sipUri, realm: stored.realm, username: stored.username },
    });
    expect(catapult.getEndpoint).toHaveBeenCalledTimes(1);
    expect(catapult.getEndpoint).toHaveBeenCalledWith("rd-1", "re-1");
    expect(record).toHaveBeenCalledWith({ endpointId: "re-1", name: "jsmith", domainId: "rd-1", source: "form", actor: ADMIN });
    expect(JSON.stringify(created)).not.toContain(PASSWORD);
    // The domain's cached list gets the endpoint as read back, never the password.
    expect(cache).toHaveBeenCalledWith("rd-1", stored);
    expect(JSON.stringify(cache.mock.calls)).not.toContain(PASSWORD);
  });

  it.each([
    ["Catapult is unavailable", new CatapultError({ kind: "server", status: 503 })],
    ["the endpoint is not readable yet", new CatapultError({ kind: "not-found", status: 404 })],
    ["something unexpected", new TypeError("boom")],
  ])("still answers created, without SIP details, when the read-back fails: %s", async (_what, failure) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const record = vi.fn();
    const cache = vi.fn();
    const created = await createOneEndpoint("rd-1", { name: "jsmith", password: PASSWORD, enabled: false }, ADMIN, { catapult: fakeCatapult(() => Promise.reject(failure)), record, cache });
    expect(created).toMatchObject({ id: "re-1", outcome: "created", sip: null });
    // Cached as sent, its SIP details blank until the next read of the list.
    expect(cache).toHaveBeenCalledWith("rd-1", { id: "re-1", name: "jsmith", description: null, domainId: "rd-1", applicationId: null, enabled: false, sipUri: "", realm: "", username: "" });
    expect(record).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/re-1.*reading it back failed/);
    expect(JSON.stringify(warn.mock.calls)).not.toContain(PASSWORD);
  });

  it("lets a failed create through as it is, and records nothing", async () => {
    const catapult = fakeCatapult(async () => stored);
    catapult.createEndpoint.mockRejectedValueOnce(new CatapultError({ kind: "conflict", status: 409 }));
    const record = vi.fn();
    const cache = vi.fn();
    await expect(createOneEndpoint("rd-1", { name: "jsmith", password: PASSWORD }, ADMIN, { catapult, record, cache })).rejects.toMatchObject({ kind: "conflict" });
    expect(record).not.toHaveBeenCalled();
    expect(cache).not.toHaveBeenCalled();
    expect(catapult.getEndpoint).not.toHaveBeenCalled();
  });
});

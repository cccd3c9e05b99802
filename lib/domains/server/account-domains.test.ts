// The account's domains through the shared read (lib/server/shared-read.ts): one Catapult request
// serves the name lookups for 30 s, a domain the read does not know is read for once, and
// failures are not kept.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Domain } from "@/lib/domains/contract";

const listDomains = vi.fn<() => Promise<Domain[]>>();
vi.mock("@/lib/catapult", () => ({ getCatapult: () => ({ listDomains }) }));
const { accountDomain, domainNames, forgetAccountDomains, freshAccountDomains } = await import("./account-domains");

const acme: Domain = { id: "rd-1", name: "acme", description: null };
const beta: Domain = { id: "rd-2", name: "beta", description: null };

beforeEach(() => {
  forgetAccountDomains();
  listDomains.mockReset();
});

describe("domainNames", () => {
  it("reads once for 30 s while every domain shown is known", async () => {
    listDomains.mockResolvedValue([acme]);
    expect((await domainNames(["rd-1"], 0)).names.get("rd-1")).toBe("acme");
    await domainNames(["rd-1", ""], 29_999);
    expect(listDomains).toHaveBeenCalledTimes(1);
    await domainNames(["rd-1"], 30_000);
    expect(listDomains).toHaveBeenCalledTimes(2);
  });

  it("reads again for a domain made since, and once only for one that stays unknown", async () => {
    listDomains.mockResolvedValueOnce([acme]).mockResolvedValue([acme, beta]);
    await domainNames([], 0);
    expect((await domainNames(["rd-2"], 1_000)).names.get("rd-2")).toBe("beta");
    expect(listDomains).toHaveBeenCalledTimes(2);
    await domainNames(["rd-gone"], 2_000);
    await domainNames(["rd-gone"], 3_000);
    expect(listDomains).toHaveBeenCalledTimes(3);
  });

  it("answers without names when Catapult fails, and does not keep the failure", async () => {
    listDomains.mockRejectedValueOnce(new Error("down")).mockResolvedValue([acme]);
    expect(await domainNames(["rd-1"], 0)).toEqual({ domains: undefined, names: new Map() });
    expect((await domainNames(["rd-1"], 1)).names.get("rd-1")).toBe("acme");
    expect(listDomains).toHaveBeenCalledTimes(2);
  });

  it("forgets the read when the dashboard creates or deletes a domain; the Domains list always reads", async () => {
    listDomains.mockResolvedValue([acme]);
    await domainNames([], 0);
    forgetAccountDomains();
    await domainNames([], 1);
    await freshAccountDomains(2);
    expect(listDomains).toHaveBeenCalledTimes(3);
  });
});

describe("accountDomain", () => {
  it("finds the domain in the shared read, reads afresh for one it does not know, and says none after that", async () => {
    listDomains.mockResolvedValueOnce([acme]).mockResolvedValue([acme, beta]);
    expect(await accountDomain("rd-1", 0)).toEqual(acme);
    expect(await accountDomain("rd-2", 1)).toEqual(beta);
    expect(await accountDomain("rd-gone", 2)).toBeUndefined();
    expect(listDomains).toHaveBeenCalledTimes(3);
  });

  it("rejects as Catapult did, for the page to say so", async () => {
    listDomains.mockRejectedValue(new Error("down"));
    await expect(accountDomain("rd-1", 0)).rejects.toThrow("down");
  });
});

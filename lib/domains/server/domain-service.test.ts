// Creating a domain: Catapult's 100-domain maximum and unique names are checked before
// anything is sent.
import { describe, expect, it, vi } from "vitest";
import type { CatapultClient } from "@/lib/catapult/client";
import { createDomain } from "./domain-service";

function fakeCatapult(count: number) {
  const createDomainCall = vi.fn(async () => ({ id: "rd-new", location: "/v1/users/u/domains/rd-new", outcome: "created" as const, attempts: 1 }));
  const domains = Array.from({ length: count }, (_, i) => ({ id: `rd-${i}`, name: `d${i}`, description: null }));
  return { client: { listDomains: async () => domains, createDomain: createDomainCall } as unknown as CatapultClient, createDomainCall };
}

describe("createDomain", () => {
  it("creates the 100th domain", async () => {
    const { client, createDomainCall } = fakeCatapult(99);
    await expect(createDomain(client, { name: "sales_stage", description: "Sales" })).resolves.toMatchObject({ domain: { id: "rd-new", name: "sales_stage" }, outcome: "created" });
    expect(createDomainCall).toHaveBeenCalledWith({ name: "sales_stage", description: "Sales" });
  });

  it("refuses a 101st with a clear message, sending nothing", async () => {
    const { client, createDomainCall } = fakeCatapult(100);
    await expect(createDomain(client, { name: "one-more", description: "x" })).rejects.toMatchObject({ kind: "conflict", message: expect.stringMatching(/100 domains, Catapult's maximum/) });
    expect(createDomainCall).not.toHaveBeenCalled();
  });

  it("refuses a name the account already has, on the name field", async () => {
    const { client, createDomainCall } = fakeCatapult(3);
    await expect(createDomain(client, { name: "d1", description: "x" })).rejects.toMatchObject({ kind: "conflict", fields: { name: expect.any(String) } });
    expect(createDomainCall).not.toHaveBeenCalled();
  });
});

// When a Catapult refusal stops the whole job (pause) and when it is only one row's problem.
import { describe, expect, it } from "vitest";
import { CatapultError } from "@/lib/catapult/errors";
import { systematicReason } from "./runner-support";

const notFound = (code?: string) => new CatapultError({ kind: "not-found", status: 404, code });

describe("systematicReason", () => {
  it("pauses a create job when the domain is gone, named or not", () => {
    expect(systematicReason(notFound("domain-not-found"), "create")).toMatch(/domain does not exist/);
    expect(systematicReason(notFound(), "create")).toMatch(/domain does not exist/);
  });

  it("leaves an unknown application to its row, whatever the job does", () => {
    for (const op of ["create", "update", "delete"] as const) expect(systematicReason(notFound("application-not-found"), op)).toBeUndefined();
  });

  it("leaves an endpoint deleted while a change job ran to its row, but pauses when Catapult names the domain", () => {
    expect(systematicReason(notFound("endpoint-not-found"), "update")).toBeUndefined();
    expect(systematicReason(notFound(), "update")).toBeUndefined();
    expect(systematicReason(notFound("domain-not-found"), "update")).toMatch(/domain does not exist/);
  });

  it("pauses on refused credentials", () => {
    expect(systematicReason(new CatapultError({ kind: "unauthorized", status: 401 }), "delete")).toMatch(/credentials/);
  });
});

// An update reports what Catapult kept, read back, rather than what was sent.
import { describe, expect, it, vi } from "vitest";
import type { CatapultClient } from "@/lib/catapult/client";
import type { Endpoint } from "@/lib/endpoints/contract";
import { updateEndpoint } from "./update-endpoint";

const kept: Endpoint = { id: "re-1", name: "alice", description: "desk", domainId: "rd-1", applicationId: "a-1", enabled: true, sipUri: "", realm: "", username: "" };

function fakeCatapult(afterUpdate: Endpoint) {
  const update = vi.fn(async () => undefined);
  return { client: { updateEndpoint: update, getEndpoint: async () => afterUpdate } as unknown as CatapultClient, update };
}

describe("updateEndpoint", () => {
  it("refuses an empty change without calling Catapult", async () => {
    const { client, update } = fakeCatapult(kept);
    await expect(updateEndpoint(client, "rd-1", "re-1", {})).rejects.toMatchObject({ kind: "invalid", issues: [{ field: "body", code: "required" }] });
    expect(update).not.toHaveBeenCalled();
  });

  it("reports an application Catapult kept after being asked to detach it", async () => {
    const { client } = fakeCatapult(kept);
    await expect(updateEndpoint(client, "rd-1", "re-1", { applicationId: "", enabled: true })).resolves.toEqual({ endpoint: kept, notApplied: ["applicationId"] });
  });

  it("reports nothing when every field took ('' and null both mean none)", async () => {
    const { client } = fakeCatapult({ ...kept, applicationId: null, description: null, enabled: false });
    await expect(updateEndpoint(client, "rd-1", "re-1", { applicationId: "", description: "", enabled: false, password: "new-secret" })).resolves.toMatchObject({ notApplied: [] });
  });
});

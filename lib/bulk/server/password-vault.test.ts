import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { openPassword, sealPassword } from "./password-vault";

const key = crypto.randomBytes(32);

describe("password vault", () => {
  it("opens what it sealed, for the same row only", () => {
    const sealed = sealPassword(key, "job-1:0", "pa€€word");
    expect(openPassword(key, "job-1:0", sealed)).toBe("pa€€word");
    expect(() => openPassword(key, "job-1:1", sealed)).toThrow();
  });

  // An empty password seals to IV + tag alone, so cutting the tag short leaves a value whose
  // first tag bytes are still right: GCM without a fixed tag length would accept it.
  it.each([4, 8, 12, 15])("refuses a sealed value whose tag is cut to %i bytes", (tagBytes) => {
    const sealed = sealPassword(key, "job-1:0", "");
    expect(openPassword(key, "job-1:0", sealed)).toBe("");
    expect(() => openPassword(key, "job-1:0", sealed.subarray(0, 12 + tagBytes))).toThrow();
  });

  it("refuses a value that was tampered with", () => {
    const sealed = Buffer.from(sealPassword(key, "job-1:0", "Secret-1"));
    sealed[sealed.length - 1]! ^= 1;
    expect(() => openPassword(key, "job-1:0", sealed)).toThrow();
  });
});

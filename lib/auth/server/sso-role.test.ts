import { describe, expect, it } from "vitest";
import { claimValue, roleFromClaim, ssoRole } from "./sso-role";

describe("roleFromClaim", () => {
  it("reads a string or a list, takes the highest role and ignores the rest", () => {
    expect(roleFromClaim("operator")).toBe("operator");
    expect(roleFromClaim(["viewer", "admin", "operator"])).toBe("admin");
    expect(roleFromClaim(["billing", " Operator ", 7, null])).toBe("operator");
  });

  it("gives nothing for a missing, empty or unknown value", () => {
    expect(roleFromClaim(undefined)).toBeUndefined();
    expect(roleFromClaim("")).toBeUndefined();
    expect(roleFromClaim([])).toBeUndefined();
    expect(roleFromClaim(["superuser", "root"])).toBeUndefined();
    expect(roleFromClaim({ admin: true })).toBeUndefined();
  });
});

describe("claimValue", () => {
  it("prefers the literal claim name, then follows a dotted path", () => {
    expect(claimValue({ "https://example.com/role": "admin" }, "https://example.com/role")).toBe("admin");
    expect(claimValue({ realm_access: { roles: ["operator"] } }, "realm_access.roles")).toEqual(["operator"]);
    expect(claimValue({ realm_access: "x" }, "realm_access.roles")).toBeUndefined();
    expect(claimValue({}, "__proto__.constructor")).toBeUndefined();
  });
});

describe("ssoRole", () => {
  const base = { defaultRole: "viewer" as const };
  it("with a role claim: the claim on every sign-in, else the default role, new user or not", () => {
    expect(ssoRole({ ...base, claimConfigured: true, claimRole: "admin", isNew: false })).toBe("admin");
    expect(ssoRole({ ...base, claimConfigured: true, claimRole: undefined, isNew: false })).toBe("viewer");
    expect(ssoRole({ ...base, claimConfigured: true, claimRole: undefined, isNew: true })).toBe("viewer");
  });

  it("without a role claim: the default role for new users, existing users keep theirs", () => {
    expect(ssoRole({ ...base, claimConfigured: false, claimRole: undefined, isNew: true })).toBe("viewer");
    expect(ssoRole({ defaultRole: "operator", claimConfigured: false, claimRole: undefined, isNew: true })).toBe("operator");
    expect(ssoRole({ ...base, claimConfigured: false, claimRole: undefined, isNew: false })).toBeUndefined();
  });
});

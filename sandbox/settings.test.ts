// The mode settings: their defaults (today's behaviour), their variables, and refusals
// that name the variable. Their effect over HTTP is in the *-modes.test.ts files.
import { describe, expect, it } from "vitest";
import { readSandboxConfig, SandboxConfigError } from "./create-sandbox";

const DEFAULTS = {
  rateLimitMode: "fixed-window",
  rateLimitBurst: 2,
  rateLimitScope: "resource",
  nullUpdate: "clear",
  createStatus: 201,
  createLocation: "on",
  getDomain: "on",
  idStyle: "hex24",
  sipUriStyle: "docs",
  usernameStyle: "name",
  endpointIdInBody: "on",
  deleteDomainWithEndpoints: "cascade",
  linkStyle: "absolute",
  maxDomains: 100,
  maxPageSizeDomains: 100,
  maxPageSizeEndpoints: 1000,
  maxPageSizeApplications: 1000,
};

const CHANGED = {
  SANDBOX_RATE_LIMIT_MODE: ["token-bucket", "rateLimitMode", "token-bucket"],
  SANDBOX_RATE_LIMIT_BURST: ["5", "rateLimitBurst", 5],
  SANDBOX_RATE_LIMIT_SCOPE: ["path-prefix", "rateLimitScope", "path-prefix"],
  SANDBOX_NULL_UPDATE: ["unchanged", "nullUpdate", "unchanged"],
  SANDBOX_CREATE_STATUS: ["202", "createStatus", 202],
  SANDBOX_CREATE_LOCATION: ["off", "createLocation", "off"],
  SANDBOX_GET_DOMAIN: ["405", "getDomain", "405"],
  SANDBOX_ID_STYLE: ["catapult", "idStyle", "catapult"],
  SANDBOX_SIP_URI_STYLE: ["sip-prefix", "sipUriStyle", "sip-prefix"],
  SANDBOX_USERNAME_STYLE: ["generated", "usernameStyle", "generated"],
  SANDBOX_ENDPOINT_ID_IN_BODY: ["off", "endpointIdInBody", "off"],
  SANDBOX_DELETE_DOMAIN_WITH_ENDPOINTS: ["refuse", "deleteDomainWithEndpoints", "refuse"],
  SANDBOX_LINK_STYLE: ["foreign-host", "linkStyle", "foreign-host"],
  SANDBOX_MAX_DOMAINS: ["7", "maxDomains", 7],
  SANDBOX_MAX_PAGE_SIZE_DOMAINS: ["50", "maxPageSizeDomains", 50],
  SANDBOX_MAX_PAGE_SIZE_ENDPOINTS: ["500", "maxPageSizeEndpoints", 500],
  SANDBOX_MAX_PAGE_SIZE_APPLICATIONS: ["10", "maxPageSizeApplications", 10],
} as const;

describe("mode settings", () => {
  it("default to today's behaviour (and the documented page sizes and domain limit)", () => {
    expect(readSandboxConfig({})).toMatchObject(DEFAULTS);
    expect(readSandboxConfig({ SANDBOX_LINK_STYLE: "", SANDBOX_CREATE_STATUS: " " })).toMatchObject(DEFAULTS);
  });

  it.each(Object.entries(CHANGED))("reads %s", (name, [value, key, expected]) => {
    expect(readSandboxConfig({ [name]: value })).toMatchObject({ ...DEFAULTS, [key]: expected });
  });

  it.each([
    ["SANDBOX_RATE_LIMIT_MODE", "leaky-bucket"],
    ["SANDBOX_RATE_LIMIT_BURST", "0"],
    ["SANDBOX_RATE_LIMIT_SCOPE", "domains"],
    ["SANDBOX_NULL_UPDATE", "ignore"],
    ["SANDBOX_CREATE_STATUS", "204"],
    ["SANDBOX_CREATE_LOCATION", "yes"],
    ["SANDBOX_GET_DOMAIN", "off"],
    ["SANDBOX_ID_STYLE", "uuid"],
    ["SANDBOX_SIP_URI_STYLE", "sip"],
    ["SANDBOX_USERNAME_STYLE", "random"],
    ["SANDBOX_ENDPOINT_ID_IN_BODY", "true"],
    ["SANDBOX_DELETE_DOMAIN_WITH_ENDPOINTS", "keep"],
    ["SANDBOX_LINK_STYLE", "https"],
    ["SANDBOX_MAX_DOMAINS", "-1"],
    ["SANDBOX_MAX_PAGE_SIZE_DOMAINS", "0"],
    ["SANDBOX_MAX_PAGE_SIZE_ENDPOINTS", "1e3"],
    ["SANDBOX_MAX_PAGE_SIZE_APPLICATIONS", "many"],
  ])("refuses %s=%s naming the variable and its values", (name, value) => {
    let refused: unknown;
    try {
      readSandboxConfig({ [name]: value });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(SandboxConfigError);
    expect((refused as SandboxConfigError).variable).toBe(name);
    expect((refused as SandboxConfigError).message).toContain(`${name}: expected`);
  });
});

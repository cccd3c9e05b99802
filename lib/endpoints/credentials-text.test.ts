import { describe, expect, it } from "vitest";
import { credentialsText } from "./credentials-text";

const sip = { sipUri: "jsmith@acme.bwapp.bwsipp.io", realm: "acme.bwapp.bwsipp.io", username: "jsmith" };

describe("credentialsText", () => {
  it("lists what a phone needs, password last", () => {
    expect(credentialsText({ name: "jsmith", sip, password: "s3cret-pw" })).toBe(
      "SIP URI: jsmith@acme.bwapp.bwsipp.io\nRegistrar / realm: acme.bwapp.bwsipp.io\nUsername: jsmith\nPassword: s3cret-pw",
    );
  });

  it("leaves out a hidden password, and names the endpoint when the SIP details are unknown", () => {
    expect(credentialsText({ name: "jsmith", sip, password: null })).not.toContain("Password");
    expect(credentialsText({ name: "jsmith", sip: null, password: "s3cret-pw" })).toBe("Endpoint: jsmith\nPassword: s3cret-pw");
  });
});

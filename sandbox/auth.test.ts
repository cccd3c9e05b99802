import { describe, expect, it } from "vitest";
import { basic, sandboxForFile } from "./test-support";

const sb = sandboxForFile({}, { reset: false });

async function getDomains(authorization?: string, userId = "u-demo") {
  const headers: Record<string, string> = authorization ? { Authorization: authorization } : {};
  const response = await fetch(`${sb.origin}/v1/users/${userId}/domains`, { headers });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe("authentication", () => {
  it.each([
    ["no credentials", undefined],
    ["wrong secret", basic("t-demo-token", "wrong-secret")],
    ["wrong token", basic("t-other", "demo-secret")],
    ["not Basic", "Bearer t-demo-token"],
  ])("answers 401 in Catapult's shape for %s", async (_label, authorization) => {
    const answer = await getDomains(authorization);
    expect(answer.status).toBe(401);
    expect(answer.headers.get("www-authenticate")).toBe('Basic realm="Catapult"');
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(answer.body).toEqual({
      category: "authorization",
      code: "user-access-denied",
      message: expect.any(String),
      details: [],
    });
    expect(JSON.stringify(answer.body)).not.toContain("wrong-secret");
  });

  it("answers 401 user-access-denied, as the docs do, when the credentials are right but the path names another user", async () => {
    const answer = await getDomains(sb.basicAuth, "u-someone-else");
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({
      category: "authorization",
      code: "user-access-denied",
      message: "User u-demo does not have permission to access user u-someone-else",
      details: [{ name: "userId", value: "u-someone-else" }],
    });
  });

  it("checks auth before the rate limit: refused requests use no quota", async () => {
    sb.sandbox.setFaults({ rateLimit: 1 });
    try {
      for (let i = 0; i < 3; i++) expect((await getDomains()).status).toBe(401);
      expect((await getDomains(sb.basicAuth)).status).toBe(200);
      expect((await getDomains(sb.basicAuth)).status).toBe(429);
    } finally {
      sb.sandbox.reset();
    }
  });

  it("guards the admin endpoints with the same credentials", async () => {
    const response = await fetch(`${sb.origin}/_sandbox/stats`);
    expect(response.status).toBe(401);
  });
});

describe("unknown paths and methods", () => {
  it("answers 404 resource-not-found for an unknown path", async () => {
    const answer = await sb.call("GET", "/widgets");
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ category: "not-found", code: "resource-not-found" });
  });

  it("answers 405 with Allow for a wrong method", async () => {
    const answer = await sb.call("PUT", "/applications");
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe("GET");
    expect(answer.json).toMatchObject({ code: "method-not-allowed", details: expect.any(Array) });
  });
});

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/roles";
import { parseServerEnv } from "./env";

const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "env-test-"));

describe("parseServerEnv", () => {
  it("uses the sandbox, the demo admin password and generated 0600 secrets when nothing is configured", () => {
    const dir = dataDir();
    const env = parseServerEnv({ DATA_DIR: dir });
    expect(env.mode).toBe("sandbox");
    expect(env.catapult.baseUrl).toBe("http://127.0.0.1:4010");
    expect(env.bootstrapAdmin).toEqual({ email: "admin@example.com", password: "demo-admin-pass", demo: true });
    expect(env.bootstrapAdmin!.password!.length).toBeGreaterThanOrEqual(MIN_PASSWORD_LENGTH);
    expect(env.sessions).toEqual({ idleMinutes: 30, maxHours: 12 });
    expect(env.passwordSignIn).toBe(true);
    expect(env.oidc).toBeUndefined();
    expect(env.host).toBe("127.0.0.1");
    expect(fs.statSync(path.join(dir, "session-secret")).mode & 0o777).toBe(0o600);
    expect(parseServerEnv({ DATA_DIR: dir }).sessionSecret).toBe(env.sessionSecret);
  });

  it.each([
    [{ CATAPULT_API_TOKEN: "t" }, /CATAPULT_USER_ID is not set/],
    [{ CATAPULT_USER_ID: "u", CATAPULT_API_TOKEN: "t" }, /CATAPULT_API_SECRET is not set/],
    [{ CATAPULT_BASE_URL: "not a url" }, /CATAPULT_BASE_URL must be an http\(s\) URL/],
    [{ CATAPULT_BASE_URL: "http://api.catapult.inetwork.com" }, /CATAPULT_BASE_URL must be https/],
    [{ CATAPULT_BASE_URL: "http://10.0.0.5:4010" }, /CATAPULT_BASE_URL must be https/],
    [{ CATAPULT_USER_ID: "u", CATAPULT_API_TOKEN: "t", CATAPULT_API_SECRET: "s", ADMIN_PASSWORD: "long-enough-pw" }, /ADMIN_EMAIL is not set/],
    [{ ADMIN_EMAIL: "not-an-email" }, /ADMIN_EMAIL must be an email address/],
    [{ SESSION_IDLE_MINUTES: "0" }, /SESSION_IDLE_MINUTES must be at least 1 minute/],
    [{ SESSION_IDLE_MINUTES: "ten" }, /SESSION_IDLE_MINUTES must be a number of minutes/],
    [{ SESSION_MAX_HOURS: "1.5" }, /SESSION_MAX_HOURS must be a whole number of hours/],
    [{ OIDC_ISSUER: "https://id.example.com" }, /OIDC_CLIENT_ID is not set/],
    [{ OIDC_ISSUER: "https://id.example.com", OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s", OIDC_DEFAULT_ROLE: "root" }, /OIDC_DEFAULT_ROLE must be one of viewer, operator, admin/],
    [{ AUTH_PASSWORD_SIGNIN: "off" }, /AUTH_PASSWORD_SIGNIN is off but single sign-on is not configured/],
    [{ AUTH_PASSWORD_SIGNIN: "no" }, /AUTH_PASSWORD_SIGNIN must be on or off/],
    [{ DATABASE_URL: "mysql://u:p@db/dash" }, /DATABASE_URL must be a Postgres URL: postgres:\/\/USER:PASSWORD@HOST/],
    [{ DATABASE_URL: "db.example.com:5432" }, /DATABASE_URL must be a Postgres URL/],
    [{ CATAPULT_RATE_LIMIT: "fast" }, /CATAPULT_RATE_LIMIT must be a number/],
    [{ SESSION_SECRET: "short" }, /SESSION_SECRET must be at least 32/],
    [{ PUBLIC_URL: "dashboard.example.com" }, /PUBLIC_URL must be an http\(s\) URL/],
    [{ PUBLIC_URL: "ftp://dashboard.example.com" }, /PUBLIC_URL must be an http\(s\) URL/],
    [{ PUBLIC_URL: "https://dashboard.example.com/app" }, /PUBLIC_URL must be an origin only/],
    [{ ADMIN_PASSWORD: "eleven-char" }, /ADMIN_PASSWORD must be at least 12 characters/],
    [{ HOST: "not a host" }, /HOST must be a hostname or an IP address/],
    [{ HOST: "http://0.0.0.0" }, /HOST must be a hostname or an IP address/],
    [{ TRUST_PROXY: "yes" }, /TRUST_PROXY must be a number of trusted proxy hops/],
    [{ TRUST_PROXY: "-1" }, /TRUST_PROXY must be a number of trusted proxy hops/],
    [{ AUDIT_RETENTION_DAYS: "0" }, /AUDIT_RETENTION_DAYS must be at least 1 day/],
    [{ AUDIT_RETENTION_DAYS: "1.5" }, /AUDIT_RETENTION_DAYS must be a whole number of days/],
  ])("refuses %j naming the variable", (vars, message) => {
    expect(() => parseServerEnv({ DATA_DIR: dataDir(), ...vars })).toThrow(message);
  });

  it.each(["http://127.0.0.1:4010", "http://localhost:4010", "http://[::1]:4010", "https://api.catapult.inetwork.com"])("accepts %s as Catapult's base URL", (url) => {
    const env = parseServerEnv({ DATA_DIR: dataDir(), CATAPULT_BASE_URL: url, CATAPULT_USER_ID: "u", CATAPULT_API_TOKEN: "t", CATAPULT_API_SECRET: "s" });
    expect(env.catapult.baseUrl).toBe(url);
    expect(env.bootstrapAdmin).toBeUndefined();
  });

  it.each([
    [undefined, undefined],
    ["https://dashboard.example.com/", "https://dashboard.example.com"],
    ["http://127.0.0.1:3000", "http://127.0.0.1:3000"],
  ])("takes PUBLIC_URL %s as the origin %s", (value, origin) => {
    expect(parseServerEnv({ DATA_DIR: dataDir(), PUBLIC_URL: value }).publicUrl).toBe(origin);
  });

  it.each(["0.0.0.0", "::", "::1", "localhost", "dash.internal"])("accepts HOST=%s", (host) => {
    expect(parseServerEnv({ DATA_DIR: dataDir(), HOST: host }).host).toBe(host);
  });

  it.each([
    [undefined, 0],
    ["0", 0],
    ["false", 0],
    ["1", 1],
    ["true", 1],
    ["2", 2],
  ])("takes TRUST_PROXY=%s as %i trusted hop(s)", (value, hops) => {
    expect(parseServerEnv({ DATA_DIR: dataDir(), TRUST_PROXY: value }).trustedProxyHops).toBe(hops);
  });

  it("keeps every audit entry unless AUDIT_RETENTION_DAYS is set", () => {
    expect(parseServerEnv({ DATA_DIR: dataDir() }).auditRetentionDays).toBeUndefined();
    expect(parseServerEnv({ DATA_DIR: dataDir(), AUDIT_RETENTION_DAYS: "90" }).auditRetentionDays).toBe(90);
  });

  it("accepts a 12-character ADMIN_PASSWORD", () => {
    expect(parseServerEnv({ DATA_DIR: dataDir(), ADMIN_PASSWORD: "twelve-chars" }).bootstrapAdmin?.password).toBe("twelve-chars");
  });

  const SHARED_KEYS = { SESSION_SECRET: "s".repeat(40), ENCRYPTION_KEY: "ab".repeat(32) };

  it("keeps the SQLite file unless DATABASE_URL names a Postgres database", () => {
    const dir = dataDir();
    expect(parseServerEnv({ DATA_DIR: dir })).toMatchObject({ databaseUrl: undefined, databasePath: path.join(dir, "dashboard.sqlite") });
    const url = "postgresql://dash:pw@db.example.com:5432/dashboard?sslmode=require";
    expect(parseServerEnv({ DATA_DIR: dir, DATABASE_URL: url, ...SHARED_KEYS }).databaseUrl).toBe(url);
  });

  it("on Postgres, wants the keys every instance shares instead of generating them into DATA_DIR", () => {
    const url = "postgres://dash:pw@db.example.com/dashboard";
    expect(() => parseServerEnv({ DATA_DIR: dataDir(), DATABASE_URL: url, ENCRYPTION_KEY: SHARED_KEYS.ENCRYPTION_KEY })).toThrow(/SESSION_SECRET is not set: with DATABASE_URL, every instance must share it/);
    expect(() => parseServerEnv({ DATA_DIR: dataDir(), DATABASE_URL: url, SESSION_SECRET: SHARED_KEYS.SESSION_SECRET })).toThrow(/ENCRYPTION_KEY is not set: with DATABASE_URL/);
    const dir = dataDir();
    parseServerEnv({ DATA_DIR: dir, DATABASE_URL: url, ...SHARED_KEYS });
    expect(fs.existsSync(path.join(dir, "encryption-key"))).toBe(false);
  });

  it("never repeats DATABASE_URL, password and all, in its message", () => {
    expect(() => parseServerEnv({ DATA_DIR: dataDir(), DATABASE_URL: "mysql://dash:pw-very-secret@db/dash" })).toThrow(
      expect.objectContaining({ message: expect.not.stringMatching(/very-secret|mysql|dash@/) }),
    );
  });

  it("never puts a secret's value in its message", () => {
    try {
      parseServerEnv({ DATA_DIR: dataDir(), CATAPULT_API_TOKEN: "tok-very-secret", CATAPULT_API_SECRET: "sec-very-secret" });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toMatch(/very-secret/);
    }
  });

  it("takes a real account when fully configured", () => {
    const env = parseServerEnv({
      DATA_DIR: dataDir(),
      CATAPULT_USER_ID: "u-1",
      CATAPULT_API_TOKEN: "t",
      CATAPULT_API_SECRET: "s",
      ADMIN_EMAIL: "ops@example.com",
      ADMIN_PASSWORD: "a-long-password",
      CATAPULT_RATE_LIMIT: "2.5",
    });
    expect(env.mode).toBe("catapult");
    expect(env.catapult).toMatchObject({ baseUrl: "https://api.catapult.inetwork.com", ratePerSecond: 2.5 });
  });

  it("refuses a secret file others can read", () => {
    const dir = dataDir();
    fs.writeFileSync(path.join(dir, "session-secret"), "ab".repeat(32), { mode: 0o644 });
    expect(() => parseServerEnv({ DATA_DIR: dir })).toThrow(/readable by others/);
  });
});

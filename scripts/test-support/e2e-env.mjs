// The configuration the browser tests run with: the dashboard is configured as for a real
// Catapult account (every variable set) and pointed at a sandbox holding the same
// distinctive credentials, so the secret-leak checks have something to look for.
import os from "node:os";
import path from "node:path";

// E2E_PORT_OFFSET moves every port of a run, so two checkouts can run their suites at once.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);

export const E2E = {
  appPort: 3110 + offset,
  sandboxPort: 4110 + offset,
  /** Ports for the extra dashboards some specs start themselves (restart, faults, load). */
  restartAppPort: 3121 + offset,
  faultsAppPort: 3122 + offset,
  loadAppPort: 3123 + offset,
  headersAppPort: 3124 + offset,
  listenAppPort: 3125 + offset,
  auditAppPort: 3126 + offset,
  /** A dashboard with single sign-on, and the OpenID provider it signs in with. */
  ssoAppPort: 3127 + offset,
  oidcPort: 4130 + offset,
  faultsGatePort: 4122 + offset,
  /** Three dashboards on one Postgres (multi-instance spec). */
  multiAppPorts: [3128 + offset, 3129 + offset, 3130 + offset],
  /** A dashboard and a sandbox of their own holding one large seeded domain (large-domain spec). */
  largeDomainAppPort: 3131 + offset,
  largeDomainSandboxPort: 4131 + offset,
  userId: "u-e2e",
  token: "tok-E2E-4f7c1d9a2b",
  secret: "sec-E2E-9b3e6a0c5d",
  adminEmail: "admin@e2e.example.com",
  adminPassword: "admin-E2E-pass-71",
  sessionSecret: "sess-E2E-2c8f4e6a1b3d5f7a9c0e2b4d6f8a1c3e",
};

export function e2eEnv() {
  return {
    PORT: String(E2E.appPort),
    CATAPULT_BASE_URL: `http://127.0.0.1:${E2E.sandboxPort}`,
    CATAPULT_USER_ID: E2E.userId,
    CATAPULT_API_TOKEN: E2E.token,
    CATAPULT_API_SECRET: E2E.secret,
    CATAPULT_RATE_LIMIT: "50",
    ADMIN_EMAIL: E2E.adminEmail,
    ADMIN_PASSWORD: E2E.adminPassword,
    SESSION_SECRET: E2E.sessionSecret,
    // Lets the throttling test act as one client without locking out the others.
    TRUST_PROXY: "1",
    DATA_DIR: process.env.E2E_DATA_DIR || path.join(os.tmpdir(), `catapult-dash-e2e-${process.pid}`),
  };
}

export function sandboxEnv() {
  return {
    SANDBOX_PORT: String(E2E.sandboxPort),
    SANDBOX_USER_ID: E2E.userId,
    SANDBOX_API_TOKEN: E2E.token,
    SANDBOX_API_SECRET: E2E.secret,
    SANDBOX_RATE_LIMIT: "50",
  };
}

// A real OpenID Connect provider (oidc-provider) for the single sign-on tests: one client (the
// dashboard), people read from a JSON file on every look-up (so a test can change a claim
// between two sign-ins), and oidc-provider's own development login and consent pages, which
// accept any password. Never for production: it is test support only.
//
//   OIDC_TEST_PORT, OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET, OIDC_TEST_REDIRECT_URI,
//   OIDC_TEST_ACCOUNTS=<file: { "<login>": { email, email_verified, name, dashboard_role? } }>
import fs from "node:fs";
import { Provider } from "oidc-provider";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const port = Number(env("OIDC_TEST_PORT"));
const accountsFile = env("OIDC_TEST_ACCOUNTS");
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: env("OIDC_TEST_CLIENT_ID"),
      client_secret: env("OIDC_TEST_CLIENT_SECRET"),
      redirect_uris: [env("OIDC_TEST_REDIRECT_URI")],
      response_types: ["code"],
      grant_types: ["authorization_code"],
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "dashboard_role"] },
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  cookies: { keys: ["oidc-test-cookie-key-not-secret"] },
  async findAccount(_ctx, id) {
    const person = JSON.parse(fs.readFileSync(accountsFile, "utf8"))[id];
    if (!person) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...JSON.parse(fs.readFileSync(accountsFile, "utf8"))[id] }) };
  },
});

provider.listen(port, "127.0.0.1", () => console.log(`oidc-provider ready at ${issuer}`));

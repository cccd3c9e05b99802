import "server-only";
// The first admin: on a start with no users, ADMIN_EMAIL + ADMIN_PASSWORD (in sandbox mode the
// demo admin) become an admin account. Once any user exists the variables are ignored, and
// the log says so: accounts are then managed on the Users page or with `npm run user`.
import { countUsers } from "@/lib/db/auth-users";
import { ConfigError, type ServerEnv } from "@/lib/env";
import { getAuth } from "./auth";

/** Creates the first admin when there are no users; answers what to log. */
export async function bootstrapFirstAdmin(env: ServerEnv): Promise<string> {
  if ((await countUsers()) > 0) {
    return env.adminVarsSet ? "Accounts: users exist, so ADMIN_EMAIL and ADMIN_PASSWORD are ignored (manage accounts on /users or with `npm run user`)." : "";
  }
  const first = env.bootstrapAdmin;
  if (!first) {
    throw new ConfigError("ADMIN_EMAIL", "is not set: there are no users yet, and a real Catapult account needs ADMIN_EMAIL and ADMIN_PASSWORD to create the first admin");
  }
  if (first.password === undefined && env.passwordSignIn) {
    throw new ConfigError("ADMIN_PASSWORD", "is not set: there are no users yet, and the first admin (ADMIN_EMAIL) needs a password");
  }
  try {
    await getAuth().api.createUser({
      body: { email: first.email, name: first.email, role: "admin", ...(first.password === undefined ? {} : { password: first.password }) },
    });
  } catch (error) {
    // Replicas starting together on one Postgres: another instance created the first admin a
    // moment ago (the email is unique), which is as good.
    if ((await countUsers()) > 0) return "Accounts: another instance created the first admin as this one started.";
    throw error;
  }
  return first.demo
    ? `Accounts: created the demo admin ${first.email} with the password ${first.password}.`
    : `Accounts: created the first admin ${first.email} from ADMIN_EMAIL${first.password === undefined ? " (signs in with single sign-on)" : " and ADMIN_PASSWORD"}.`;
}

import "server-only";
// The server's Catapult client, built once from validated configuration. The only
// holder of the API token and secret. Its pace is kept in the database, so that every instance
// sharing the store shares CATAPULT_RATE_LIMIT (on SQLite, the one instance keeps it there too:
// one code path, tested on both stores).
import { catapultBudgetStore } from "@/lib/db/catapult-budgets";
import { getDb } from "@/lib/db/database";
import { getEnv } from "@/lib/env";
import { processSingleton } from "@/lib/server/process-singleton";
import { type CatapultClient, createCatapultClient } from "./client";

export function getCatapult(): CatapultClient {
  return processSingleton("catapult-client", () => createCatapultClient({ ...getEnv().catapult, pace: catapultBudgetStore(getDb) }));
}

export { CatapultError, isCatapultError } from "./errors";

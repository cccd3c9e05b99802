import "server-only";
// The one bulk runner of this server process, on the process's database and Catapult client:
// this instance's share of the work of every instance on the store (runner-instance.ts).
import { getCatapult } from "@/lib/catapult";
import { getDb } from "@/lib/db/database";
import { getEnv } from "@/lib/env";
import { processSingleton } from "@/lib/server/process-singleton";
import { type BulkRunner, createBulkRunner } from "./runner";

export function getBulkRunner(): BulkRunner {
  return processSingleton("bulk-runner", () =>
    createBulkRunner({ db: getDb(), catapult: getCatapult(), encryptionKey: getEnv().encryptionKey, ratePerSecond: getEnv().catapult.ratePerSecond, instanceId: getEnv().instanceId }),
  );
}

import "server-only";
// The one bulk runner of this server process, on the process's database and Catapult
// client. Kept on globalThis so a dev-mode reload does not start a second one.
import { getCatapult } from "@/lib/catapult";
import { getDb } from "@/lib/db/database";
import { getEnv } from "@/lib/env";
import { type BulkRunner, createBulkRunner } from "./runner";

const holder = globalThis as typeof globalThis & { bulkRunner?: BulkRunner };

export function getBulkRunner(): BulkRunner {
  holder.bulkRunner ??= createBulkRunner({
    db: getDb(),
    catapult: getCatapult(),
    encryptionKey: getEnv().encryptionKey,
    ratePerSecond: getEnv().catapult.ratePerSecond,
  });
  return holder.bulkRunner;
}

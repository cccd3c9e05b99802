// Starting a bulk job from rows the preview validated.
import { getCatapult } from "@/lib/catapult";
import { createBulkJob } from "@/lib/bulk/server/create-job";
import { createBulkJobSchema } from "@/lib/bulk/contract";
import { getBulkRunner } from "@/lib/bulk/server/bulk-runner";
import { getDb } from "@/lib/db/database";
import { getEnv } from "@/lib/env";
import { apiRoute } from "@/lib/api/server/api-route";
import { readJsonBody } from "@/lib/api/server/read-input";

// 10,000 rows with long descriptions fit; anything larger is refused before parsing.
const MAX_JOB_BYTES = 16 * 1024 * 1024;

export const POST = apiRoute(
  async (request) => {
    const input = await readJsonBody(request, createBulkJobSchema, MAX_JOB_BYTES);
    const id = await createBulkJob(input, { db: getDb(), catapult: getCatapult(), encryptionKey: getEnv().encryptionKey });
    void getBulkRunner().start(id);
    return Response.json({ job: { id, url: `/bulk-jobs/${id}` } }, { status: 201 });
  },
  { resource: "domain" },
);

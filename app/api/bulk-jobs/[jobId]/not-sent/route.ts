// The rows a cancel left unsent, as a CSV ready to paste into a new import (no passwords).
import { apiRoute } from "@/lib/api/server/api-route";
import { csvResponse } from "@/lib/api/server/csv-response";
import { bulkJobNotSentRows } from "@/lib/bulk/server/job-service";
import { NOT_SENT_HEADER } from "@/lib/bulk/server/not-sent-rows";

export const GET = apiRoute<{ jobId: string }>(async (_request, params) =>
  csvResponse(`bulk-job-${params.jobId.slice(0, 8)}-not-sent.csv`, NOT_SENT_HEADER, await bulkJobNotSentRows(params.jobId)), { access: "viewer" });

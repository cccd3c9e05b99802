// Reading request bodies and writing replies. Handlers return a Reply instead of writing,
// so the dispatcher alone decides whether the answer is sent, delayed or lost.
import type { IncomingMessage, ServerResponse } from "node:http";
import { CatapultError } from "./errors";
import { isPlainObject } from "./rules";

export const MAX_BODY_BYTES = 1024 * 1024;

export type Reply = {
  status: number;
  headers?: Record<string, string>;
  /** JSON body; absent = empty body (Catapult's 201 on create carries none). */
  json?: unknown;
};

/**
 * Reads the body as a JSON object. Empty body = `{}`. The whole body is drained even when
 * too large, so the client gets a clean 413 rather than a reset connection.
 */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) {
    throw new CatapultError(413, "request-too-large", `The request body exceeds ${MAX_BODY_BYTES} bytes`, [
      { name: "body", value: String(size) },
    ]);
  }
  if (size === 0) return {};
  const mediaType = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new CatapultError(415, "unsupported-media-type", "The request body must be application/json", [
      { name: "Content-Type", value: req.headers["content-type"] ?? "" },
    ]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new CatapultError(400, "validation-error", "The request body is not valid JSON", [
      { name: "body", value: "invalid JSON" },
    ]);
  }
  if (!isPlainObject(parsed)) {
    throw new CatapultError(400, "validation-error", "The request body must be a JSON object", [
      { name: "body", value: Array.isArray(parsed) ? "array" : String(parsed) },
    ]);
  }
  return parsed;
}

export function writeReply(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string | number> = { ...reply.headers };
  if (reply.json === undefined) {
    headers["Content-Length"] = 0;
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  const body = Buffer.from(JSON.stringify(reply.json), "utf8");
  headers["Content-Type"] = "application/json";
  headers["Content-Length"] = body.length;
  res.writeHead(reply.status, headers);
  res.end(body);
}

export function errorReply(error: CatapultError): Reply {
  return { status: error.status, headers: error.headers, json: error.toBody() };
}

import "server-only";
// Request input through the shared zod schemas: size-limited JSON bodies and path ids,
// each problem answered in the envelope with the field it concerns.
import { z } from "zod";
import { catapultIdSchema } from "@/lib/endpoints/schema";
import { toValidationIssue } from "@/lib/endpoints/validation-issue";
import { ApiError } from "@/lib/api/api-error";

// Checks without words of their own (a query's `.max(255)`, a missing field) take them from
// zod's English locale ("Too big: expected string to have <=255 characters"). The shared
// schemas are zod/mini, which loads no locale (so the browser does not download it), and
// classic zod registers it only once some classic schema is built: set it here, where every
// request's input is parsed, so an answer's words never depend on which module loaded first.
z.config(z.locales.en());

export const MAX_JSON_BYTES = 64 * 1024;

/** Any zod schema, classic or mini (the shared endpoint schema is written with zod/mini). */
type Schema = z.core.$ZodType;

export async function readJsonBody<S extends Schema>(request: Request, schema: S, maxBytes = MAX_JSON_BYTES): Promise<z.output<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError("unsupported_media_type", "Send the body as JSON (Content-Type: application/json).");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const text = await readBodyText(request, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError("invalid_json", "The body is not valid JSON.");
  }
  return parseInput(schema, value);
}

/** A text body (a CSV file), under the same streamed size limit as JSON; the caller checks its type. */
export async function readTextBody(request: Request, maxBytes: number): Promise<string> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw tooLarge(maxBytes);
  return readBodyText(request, maxBytes);
}

/**
 * The body as text, counted while it streams: a chunked body declares no length, so the
 * count, not Content-Length, holds the limit. Past it the stream is cancelled, so no more
 * is read and memory stays at most one limit's worth.
 */
async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  // Decoded as request.text() would: UTF-8, a leading BOM dropped.
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export function parseInput<S extends Schema>(schema: S, value: unknown): z.output<S> {
  const parsed = z.safeParse(schema, value);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  const issues = parsed.error.issues.map((issue) => {
    const found = toValidationIssue(issue, value);
    const field = found.field || "body";
    fields[field] ??= issue.code === "unrecognized_keys" ? `Unknown field(s): ${issue.keys.join(", ")}` : issue.message;
    return { ...found, field };
  });
  const summary = Object.entries(fields).map(([field, message]) => (message.startsWith(field) ? message : `${field}: ${message}`));
  throw ApiError.invalid(summary.join(" "), fields, issues);
}

/** Path segments must look like Catapult ids before anything is sent anywhere. */
export function readId(value: string | string[] | undefined, name: string): string {
  const parsed = z.safeParse(catapultIdSchema, value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ ...toValidationIssue(issue, value), field: name }));
  throw ApiError.invalid(`${name} is not a valid Catapult id.`, { [name]: "Not a valid Catapult id." }, issues);
}

function tooLarge(maxBytes: number) {
  return new ApiError("payload_too_large", `The body is larger than ${Math.round(maxBytes / 1024)} KiB.`);
}

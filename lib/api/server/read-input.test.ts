// Bodies are limited by the bytes that arrive, not by the length a client declares.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJsonBody, readTextBody } from "./read-input";

const schema = z.object({ password: z.string() });
const CHUNK = new Uint8Array(1024).fill(0x20); // 1 KiB of JSON whitespace

/** A chunked body (no Content-Length) of up to `maxChunks` KiB, counting what the reader pulls. */
function streamingRequest(maxChunks: number, prefix = "") {
  const counts = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counts.pulled === 0 && prefix) controller.enqueue(new TextEncoder().encode(prefix));
        if (counts.pulled >= maxChunks) return controller.close();
        counts.pulled += 1;
        controller.enqueue(CHUNK);
      },
      cancel() {
        counts.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://dashboard.test/api/session", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body,
    duplex: "half",
  } as RequestInit);
  return { request, counts };
}

describe("readJsonBody", () => {
  it("answers 413 for a chunked body far over the limit after reading just past the limit, and stops the stream", async () => {
    const { request, counts } = streamingRequest(200 * 1024); // 200 MiB if read whole
    await expect(readJsonBody(request, schema, 4096)).rejects.toMatchObject({ code: "payload_too_large" });
    expect(counts.pulled).toBeLessThanOrEqual(8);
    expect(counts.cancelled).toBe(true);
  });

  it("answers 413 when a body is longer than its declared Content-Length admits", async () => {
    const { request } = streamingRequest(10);
    request.headers.set("content-length", "20");
    await expect(readJsonBody(request, schema, 4096)).rejects.toMatchObject({ code: "payload_too_large" });
  });

  it("reads a chunked body under the limit", async () => {
    const { request } = streamingRequest(3, '{"password":"pa€€word"}');
    await expect(readJsonBody(request, schema, 4096)).resolves.toEqual({ password: "pa€€word" });
  });

  it("answers 413 from the declared length alone", async () => {
    const request = new Request("http://dashboard.test/api/session", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Content-Length": "5000" },
      body: "{}",
    });
    await expect(readJsonBody(request, schema, 4096)).rejects.toMatchObject({ code: "payload_too_large" });
  });
});

describe("readTextBody (a CSV job's file)", () => {
  it("holds the same streamed limit: 413 just past it, the stream stopped", async () => {
    const { request, counts } = streamingRequest(200 * 1024);
    await expect(readTextBody(request, 4096)).rejects.toMatchObject({ code: "payload_too_large" });
    expect(counts.pulled).toBeLessThanOrEqual(8);
    expect(counts.cancelled).toBe(true);
  });

  it("reads a body under the limit as text", async () => {
    const { request } = streamingRequest(2, "name\n");
    expect(await readTextBody(request, 4096)).toBe(`name\n${" ".repeat(2048)}`);
  });
});

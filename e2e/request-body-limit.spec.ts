// Issue 12, hole 3: request bodies are limited by the bytes that arrive, not by the length a
// client declares. A chunked body (no Content-Length) to the public sign-in route, larger
// than its 4 KiB limit by far, is answered 413 in the envelope without being read whole.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { E2E } from "../scripts/test-support/e2e-env.mjs";

const CHUNK = Buffer.alloc(64 * 1024, 0x20); // JSON whitespace
const MAX_SENT = 64 * 1024 * 1024;

/** POSTs chunks until the server answers or MAX_SENT bytes are out; says how much went. */
function postChunkedUntilAnswered(path: string): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request(
      { host: "127.0.0.1", port: E2E.appPort, path, method: "POST", headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" } },
      (response) => {
        answered = true;
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (c: string) => (body += c));
        response.on("end", () => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, body, sent });
        });
      },
    );
    // The server may close the connection after answering: what matters is the answer.
    request.on("error", (error) => (answered ? undefined : reject(error)));
    // One chunk per turn of the event loop, so an answer is noticed as soon as it comes.
    const write = () => {
      if (answered) return;
      if (sent >= MAX_SENT) return void request.end();
      sent += CHUNK.length;
      if (request.write(CHUNK)) setImmediate(write);
      else request.once("drain", write);
    };
    write();
  });
}

test("a chunked sign-in body far over the limit is answered 413 before the client is done sending", async () => {
  const answer = await postChunkedUntilAnswered("/api/session");
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "payload_too_large" } });
  // The server stopped reading: it answered long before 64 MiB went out.
  expect(answer.sent).toBeLessThan(MAX_SENT);
});

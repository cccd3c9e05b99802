// HTTP Basic auth as Catapult uses it: user = API token, password = API secret.
import { createHash, timingSafeEqual } from "node:crypto";
import { CatapultError } from "./errors";

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

// Comparing digests keeps the comparison constant-time whatever the lengths.
function same(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

export function checkBasicAuth(header: string | undefined, token: string, secret: string): void {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  const decoded = match?.[1] ? Buffer.from(match[1], "base64").toString("utf8") : "";
  const colon = decoded.indexOf(":");
  const ok = colon > 0 && same(decoded.slice(0, colon), token) && same(decoded.slice(colon + 1), secret);
  if (!ok) {
    throw new CatapultError(
      401,
      "user-access-denied",
      "Missing or invalid API token and secret",
      [],
      { "WWW-Authenticate": 'Basic realm="Catapult"' },
    );
  }
}

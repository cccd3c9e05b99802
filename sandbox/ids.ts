// Generated ids and usernames. Catapult's docs show ids such as `rd-...` and `re-...` but
// never promise a format, so the style is a setting (SANDBOX_ID_STYLE): a client must treat
// an id as an opaque path segment.
import { createHash, randomBytes } from "node:crypto";
import type { SandboxModes } from "./settings";

export type IdPrefix = "rd-" | "re-" | "a-";

const ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";
const NOT_HEX = "ghijklmnopqrstuvwxyz";

/**
 * `hex24`: the prefix and 24 lowercase hex digits. `catapult`: the prefix, then 25 letters
 * and digits with one `-` inside; it starts with a letter past `f`, so it is never 24 hex.
 */
export function newId(prefix: IdPrefix, style: SandboxModes["idStyle"] = "hex24"): string {
  if (style === "hex24") return prefix + randomBytes(12).toString("hex");
  const bytes = [...randomBytes(25)];
  const chars = bytes.map((byte, i) => (i === 0 ? NOT_HEX[byte % NOT_HEX.length] : ALPHANUMERIC[byte % ALPHANUMERIC.length]));
  return `${prefix}${chars.slice(0, 10).join("")}-${chars.slice(10).join("")}`;
}

/** Any id the sandbox could have generated or a seed may hold: the prefix, then letters, digits and `-`. */
export function isIdOf(prefix: IdPrefix, id: string): boolean {
  return id.startsWith(prefix) && /^[A-Za-z0-9-]{1,64}$/.test(id.slice(prefix.length));
}

/**
 * The `credentials.username` shown under SANDBOX_USERNAME_STYLE=generated: a token derived
 * from the endpoint id, so it is stable for the endpoint's life and unlike its name.
 */
export function generatedUsername(endpointId: string): string {
  return `u${createHash("sha256").update(`username:${endpointId}`).digest("hex").slice(0, 19)}`;
}

// An endpoint's rules in plain code and words, without zod: the forms show them (and the bulk
// page checks characters with them) before the schema (schema.ts, which applies them) has
// loaded. Browser-safe.
import type { IssueCode } from "./validation-issue";

// RFC 3261 §25.1 `user`: unreserved / escaped / user-unreserved. `telephone-subscriber`
// uses a subset of the same characters, so one rule covers both.
const SIP_USER_CHAR = /[A-Za-z0-9\-_.!~*'()&=+$,;?/]/;
const ESCAPE = /^%[0-9A-Fa-f]{2}/;

// Catapult gives no length limits; these are the dashboard's own, so that a pasted
// 10,000-character cell is refused here rather than sent.
export const NAME_MAX = 255;
export const DESCRIPTION_MAX = 1000;
export const PASSWORD_MIN = 6;
export const PASSWORD_MAX = 255;

export const NAME_RULE =
  "letters, digits, - _ . ! ~ * ' ( ) & = + $ , ; ? / and %XX escapes (no spaces or @)";
export const PASSWORD_RULE = `at least ${PASSWORD_MIN} characters, Latin-1 only (no €, emoji or control characters)`;

/** Where a name or password breaks its character rule: the issue's code and params. */
export type CharProblem =
  | { rule: Extract<IssueCode, "name_char" | "password_char">; position: number; char: string }
  | { rule: Extract<IssueCode, "name_escape">; position: number };

/** The first character that breaks the SIP user rule, or null when the name is valid. */
export function findNameProblem(name: string): CharProblem | null {
  for (let i = 0; i < name.length; ) {
    const rest = name.slice(i);
    if (rest[0] === "%") {
      if (!ESCAPE.test(rest)) return { rule: "name_escape", position: i + 1 };
      i += 3;
      continue;
    }
    const ch = String.fromCodePoint(rest.codePointAt(0) ?? 0);
    if (!SIP_USER_CHAR.test(ch)) return { rule: "name_char", position: i + 1, char: codePointOf(ch) };
    i += ch.length;
  }
  return null;
}

/** Latin-1 graphic characters: U+0020–U+007E and U+00A0–U+00FF. */
export function findPasswordCharProblem(password: string): CharProblem | null {
  let i = 0;
  for (const ch of password) {
    i++;
    const cp = ch.codePointAt(0) ?? 0;
    const ok = (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff);
    if (!ok) return { rule: "password_char", position: i, char: codePointOf(ch) };
  }
  return null;
}

/**
 * The words for a character problem, from its code and params alone: the schema's message
 * and the bulk preview's short text both come from here. `char` is "U+XXXX".
 */
export function describeCharProblem(rule: CharProblem["rule"], params: { position?: unknown; char?: unknown }): string {
  const at = `at position ${String(params.position)}`;
  if (rule === "name_escape") return `"%" ${at} must be followed by two hex digits`;
  const ch = describeCodePoint(String(params.char));
  return rule === "name_char" ? `${ch} ${at} is not allowed` : `${ch} ${at} is not a Latin-1 character`;
}

function codePointOf(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

function describeCodePoint(hex: string): string {
  const cp = Number.parseInt(hex.slice(2), 16);
  if (cp === 0x20) return "a space";
  if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp < 0xa0)) return `control character ${hex}`;
  return `"${String.fromCodePoint(cp)}" (${hex})`;
}

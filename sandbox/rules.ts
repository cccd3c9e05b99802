// Field rules from the Catapult docs, written from the public text (not shared with lib/):
// the sandbox and the dashboard are two independent readings that check each other.
import type { ErrorDetail } from "./errors";

// RFC 3261 19.1.1 / 25.1 `user` and `telephone-subscriber`: unreserved characters,
// user-unreserved characters, or an escaped octet. Letters are ASCII only (ALPHA).
const SIP_USER = /^(?:[A-Za-z0-9\-_.!~*'()&=+$,;?/]|%[0-9A-Fa-f]{2})+$/;

// The docs say only that a domain name is unique and used in DNS lookups, and their own
// sample is `mycoolapp_stage`: so letters, digits, `-` and `_`, up to 63 (a DNS label's length).
const DOMAIN_NAME = /^[A-Za-z0-9_-]{1,63}$/;

export function isSipUserName(name: string): boolean {
  return SIP_USER.test(name);
}

export function isDomainName(name: string): boolean {
  return DOMAIN_NAME.test(name);
}

/** Why a password is refused, or null. The password itself never goes into a message. */
export function passwordProblem(password: string): string | null {
  const chars = Array.from(password);
  if (chars.length < 6) return "credentials.password must be at least 6 characters";
  const latin1 = chars.every((c) => {
    const code = c.codePointAt(0) ?? 0;
    return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
  });
  return latin1 ? null : "credentials.password may only contain Latin-1 (ISO 8859-1) printable characters";
}

/** The docs' own example sends `"enabled": "false"`, so both forms are read. */
export function readEnabled(value: unknown): boolean | undefined {
  if (value === true || value === "true") return true;
  if (value === false || value === "false") return false;
  return undefined;
}

export type FieldProblems = { details: ErrorDetail[]; messages: string[] };

export function newProblems(): FieldProblems {
  return { details: [], messages: [] };
}

/** Shows a refused value in `details`, shortened so a huge body is not echoed back. */
export function shown(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > 200 ? `${text.slice(0, 200)}...` : text;
}

export function addProblem(problems: FieldProblems, name: string, value: string, message: string): void {
  problems.details.push({ name, value });
  problems.messages.push(message);
}

/** Reads an optional string field; null means "absent". Records a problem for other types. */
export function optionalString(
  body: Record<string, unknown>,
  name: string,
  problems: FieldProblems,
): string | null | undefined {
  const value = body[name];
  if (value === undefined || value === null) return value;
  if (typeof value === "string") return value;
  addProblem(problems, name, shown(value), `${name} must be a string`);
  return undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

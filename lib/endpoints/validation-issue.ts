// A validation problem as data: which field, which rule, and where. The schema's messages are
// for people; the form, the bulk preview and API clients decide from `code` and `params`, so
// rewording a message can change nothing but the words. Browser-safe: no server imports.
import * as z from "zod/mini";

/** Every code an issue can carry, whichever schema raised it. */
export const ISSUE_CODES = [
  "required", // missing, or an empty string / list where one is needed
  "wrong_type", // { expected }
  "too_short", // { minimum } characters or items
  "too_long", // { maximum }
  "too_small", // { minimum } for numbers
  "too_big", // { maximum }
  "name_char", // { position, char: "U+0040" }: a character the SIP user rule forbids
  "name_escape", // { position }: "%" not followed by two hex digits
  "password_char", // { position, char }: outside Latin-1's graphic characters
  "invalid_format", // { format }: e.g. not a Catapult id
  "invalid_value", // { options? }: not one of the accepted values
  "unknown_field", // { keys }
  "repeated_name", // { rows }: a name given more than once in one import
  "extra_cells", // { cells, columns }: a bulk row longer than its header
  "unknown_application", // { name } or { id }: no such application in the account
  "ambiguous_application", // { name }: more than one application has this name
  "not_sip", // { tech }: a PBX export row whose technology is not SIP (e.g. dahdi)
  "repeated_endpoint", // { rows }: an endpoint id given more than once in one bulk change
  "not_in_domain", // an endpoint id the job's domain does not have
  "name_mismatch", // { actual }: a row's name is not (any more) its endpoint's name
  "invalid", // a refinement of some other schema, with no code of its own
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Positions, lengths, U+XXXX code points, field names: never a password or any part of one. */
export type IssueParams = Readonly<Record<string, string | number | readonly (string | number)[]>>;

export interface ValidationIssue {
  /** Dotted path ("name", "rows.0.password"); "" when the value as a whole is wrong. */
  field: string;
  code: IssueCode;
  params: IssueParams;
}

const CODES: ReadonlySet<string> = new Set(ISSUE_CODES);

/** The schema's problems with `value`, as data; [] when it is valid. */
export function validationIssues(schema: z.core.$ZodType, value: unknown): ValidationIssue[] {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => toValidationIssue(issue, value));
}

/**
 * `root` is the value that was parsed: zod keeps no input on a finished issue, so whether a
 * field was absent ("required") rather than of the wrong type is read from it.
 */
export function toValidationIssue(issue: z.core.$ZodIssue, root: unknown): ValidationIssue {
  const field = issue.path.map(String).join(".");
  const at = (code: IssueCode, params: IssueParams = {}): ValidationIssue => ({ field, code, params });
  switch (issue.code) {
    case "invalid_type":
      return valueAt(root, issue.path) === undefined ? at("required") : at("wrong_type", { expected: issue.expected });
    case "too_small": {
      const minimum = Number(issue.minimum);
      if (issue.origin === "string" || issue.origin === "array") return minimum <= 1 ? at("required") : at("too_short", { minimum });
      return at("too_small", { minimum });
    }
    case "too_big": {
      const maximum = Number(issue.maximum);
      return at(issue.origin === "string" || issue.origin === "array" ? "too_long" : "too_big", { maximum });
    }
    case "invalid_format":
      return at("invalid_format", { format: issue.format });
    case "invalid_value":
      return at("invalid_value", { options: issue.values.map(String) });
    case "invalid_union":
      return at("invalid_value");
    case "unrecognized_keys":
      return at("unknown_field", { keys: issue.keys });
    case "custom":
      return customIssue(field, issue.params);
    default:
      return at("invalid");
  }
}

/** A refinement names its rule in `params.rule`; only plain values are passed on. */
function customIssue(field: string, params: Record<string, unknown> = {}): ValidationIssue {
  const { rule, ...rest } = params;
  if (typeof rule !== "string" || !CODES.has(rule)) return { field, code: "invalid", params: {} };
  const kept: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(rest)) if (typeof value === "string" || typeof value === "number") kept[key] = value;
  return { field, code: rule as IssueCode, params: kept };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

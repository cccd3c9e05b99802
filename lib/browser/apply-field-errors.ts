// Puts the server's field errors (the envelope's `fields`, typed by its `issues`) onto a
// react-hook-form form, and focuses the first invalid field in on-screen order.
import type { FieldErrors, FieldValues, Path, UseFormSetError, UseFormSetFocus } from "react-hook-form";
import { ApiRequestError } from "./api-fetch";

/**
 * `fieldNames` lists the form's fields top to bottom. Returns whether any server message
 * found its field; when none did, the caller shows the error's message in an alert.
 */
export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  fieldNames: readonly Path<T>[],
  setError: UseFormSetError<T>,
): { applied: boolean } {
  if (!(error instanceof ApiRequestError)) return { applied: false };
  // The server may name nested paths ("credentials.password"): match on the last segment too.
  const byField = new Map<string, string>();
  for (const [key, message] of Object.entries(error.fields)) byField.set(key.split(".").pop() ?? key, message);
  let applied = false;
  for (const name of fieldNames) {
    const message = error.fields[name] ?? byField.get(name);
    if (message === undefined) continue;
    // The rule's code as the error's type, so a hint can depend on which rule broke.
    const code = error.issues.find((issue) => issue.field === name || issue.field.endsWith(`.${name}`))?.code;
    setError(name, { type: code ?? "server", message }, { shouldFocus: !applied });
    applied = true;
  }
  return { applied };
}

/** Focuses the first invalid field in on-screen order (`fieldNames` lists them top to bottom). */
export function focusFirstError<T extends FieldValues>(fieldNames: readonly Path<T>[], errors: FieldErrors<T>, setFocus: UseFormSetFocus<T>): void {
  const first = fieldNames.find((name) => name in errors);
  if (first) setFocus(first);
}

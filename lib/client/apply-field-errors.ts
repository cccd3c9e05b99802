// Puts the server's field errors (the envelope's `fields`) onto a react-hook-form form, and
// says which messages had no field to go to.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { ApiRequestError } from "./api-fetch";

export function applyFieldErrors<T extends FieldValues>(
  error: unknown,
  fieldNames: readonly Path<T>[],
  setError: UseFormSetError<T>,
): { applied: boolean } {
  if (!(error instanceof ApiRequestError)) return { applied: false };
  let applied = false;
  for (const [key, message] of Object.entries(error.fields)) {
    // The server may name nested paths ("credentials.password"); match on the last segment too.
    const name = fieldNames.find((f) => f === key || key.split(".").pop() === f);
    if (!name) continue;
    setError(name, { type: "server", message }, { shouldFocus: !applied });
    applied = true;
  }
  return { applied };
}

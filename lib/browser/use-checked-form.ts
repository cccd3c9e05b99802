// A small form checked with the schema the server shares, for pages that leave react-hook-form
// out: it costs ~11 kB gzip, as much as the rest of such a page. The values, each field's
// error (the schema's own words, then the server's), the first invalid field focused, and
// errors updated as the person types once a send has failed (react-hook-form's defaults).
// The schema module (zod) loads on the first keystroke, not with the page.
import { type FormEvent, useState } from "react";
import type * as z from "zod/mini";
import { ApiRequestError } from "./api-fetch";

type Schema<Output> = z.ZodMiniType<Output>;
type Errors<F> = Partial<Record<keyof F & string, string>>;

export function useCheckedForm<F extends Record<string, unknown>, Output>(initial: F, loadSchema: () => Promise<Schema<Output>>) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Errors<F>>({});
  const [schema, setSchema] = useState<Schema<Output> | null>(null);
  const [checking, setChecking] = useState(false);
  const fields = Object.keys(initial) as (keyof F & string)[];

  function load(): Promise<Schema<Output>> {
    return schema ? Promise.resolve(schema) : loadSchema().then((loaded) => (setSchema(() => loaded), loaded));
  }

  function set<K extends keyof F & string>(name: K, value: F[K]): void {
    const next = { ...values, [name]: value };
    setValues(next);
    if (!schema) void load();
    else if (checking) setErrors(check(schema, next, fields).errors);
  }

  /** Checks the values; sends them (parsed) when they pass, else shows why and focuses the first field. */
  function onSubmit(send: (parsed: Output) => void) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      void load().then((loaded) => {
        setChecking(true);
        const result = check(loaded, values, fields);
        setErrors(result.errors);
        if (result.ok) send(result.data);
        else focusFirst(form, fields, result.errors);
      });
    };
  }

  /** Puts the server's field errors on the fields; true when one found its field (else show an alert). */
  function showServerErrors(error: unknown, form?: HTMLFormElement | null): boolean {
    if (!(error instanceof ApiRequestError)) return false;
    const found: Errors<F> = {};
    for (const [key, message] of Object.entries(error.fields)) {
      const name = fields.find((field) => field === key || key.endsWith(`.${field}`));
      if (name) found[name] ??= message;
    }
    setErrors(found);
    if (form) focusFirst(form, fields, found);
    return Object.keys(found).length > 0;
  }

  function reset(): void {
    setValues(initial);
    setErrors({});
    setChecking(false);
  }

  return { values, errors, set, onSubmit, showServerErrors, reset };
}

function check<F, Output>(schema: Schema<Output>, values: F, fields: readonly string[]): { ok: true; data: Output; errors: Errors<F> } | { ok: false; errors: Errors<F> } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? "");
    if (fields.includes(name)) errors[name] ??= issue.message;
  }
  return { ok: false, errors: errors as Errors<F> };
}

/** The first invalid field in on-screen order (`fields` lists them top to bottom), by its name. */
function focusFirst(form: HTMLFormElement, fields: readonly string[], errors: Record<string, unknown>): void {
  const first = fields.find((name) => errors[name] !== undefined);
  const element = first ? form.elements.namedItem(first) : null;
  if (element instanceof HTMLElement) element.focus();
}

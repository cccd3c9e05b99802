// A form checked with the schema the server shares, for pages that leave react-hook-form out:
// it costs ~11 kB gzip, as much as the rest of such a page. It keeps the values, says each
// field's error in the schema's own words with the rule's code (so a hint can tell which rule
// broke), focuses the first invalid field, puts the server's field errors back on their fields,
// and knows which fields differ from where they started (`dirty`). Errors show after a send
// ("onSubmit"), or once a field has been left ("onTouched"), as react-hook-form's modes do, and
// follow the typing from then on. The schema module (zod) loads on the first keystroke or
// focus change, not with the page.
import { type FormEvent, useState } from "react";
import type * as z from "zod/mini";
import { ApiRequestError } from "./api-fetch";

export interface FieldError {
  message: string;
  /** The broken rule: a refinement's `params.rule`, else zod's issue code (or the server's issue code). */
  code?: string;
}

type Schema<Output> = z.ZodMiniType<Output>;
type Values = Record<string, unknown>;
type Errors<F> = Partial<Record<keyof F & string, FieldError>>;

interface Options<F> {
  mode?: "onSubmit" | "onTouched";
  /** What the schema is given, e.g. a blank "new password" read as absent. */
  prepare?: (values: F) => unknown;
}

export function useCheckedForm<F extends Values, Output>(initial: F, loadSchema: () => Promise<Schema<Output>>, { mode = "onSubmit", prepare = (v) => v }: Options<F> = {}) {
  const [baseline, setBaseline] = useState(initial);
  const [values, setValues] = useState(initial);
  const [schema, setSchema] = useState<Schema<Output> | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [serverErrors, setServerErrors] = useState<Errors<F>>({});
  const fields = Object.keys(initial) as (keyof F & string)[];

  function load(): Promise<Schema<Output>> {
    return schema ? Promise.resolve(schema) : loadSchema().then((loaded) => (setSchema(() => loaded), loaded));
  }

  // Checked at each render: a handful of fields, against rules that take microseconds.
  const checked = schema ? check<F, Output>(schema, prepare(values), fields) : null;
  const errors: Errors<F> = {};
  for (const name of fields) {
    const shown = submitted || (mode === "onTouched" && touched.has(name));
    const error = (shown ? checked?.errors[name] : undefined) ?? serverErrors[name];
    if (error) errors[name] = error;
  }
  const dirtyFields = new Set(fields.filter((name) => !Object.is(values[name], baseline[name])));

  function set<K extends keyof F & string>(name: K, value: F[K], { touch = false } = {}): void {
    setValues((current) => ({ ...current, [name]: value }));
    if (serverErrors[name]) setServerErrors((current) => ({ ...current, [name]: undefined }));
    if (touch) setTouched((current) => new Set(current).add(name));
    void load();
  }

  /** A field was left: in "onTouched" mode its error shows from now on. */
  function blur(name: keyof F & string): void {
    if (!touched.has(name)) setTouched((current) => new Set(current).add(name));
    void load();
  }

  /** Checks the values; sends them (parsed) when they pass, else shows why and focuses the first field. */
  function onSubmit(send: (parsed: Output, values: F) => void) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = event.currentTarget;
      void load().then((loaded) => {
        setSubmitted(true);
        const result = check(loaded, prepare(values), fields);
        if (result.ok) send(result.data, values);
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
      const code = error.issues.find((issue) => issue.field === key)?.code;
      if (name) found[name] ??= { message, code };
    }
    setServerErrors(found);
    if (form) focusFirst(form, fields, found);
    return Object.keys(found).length > 0;
  }

  /** Starts again from `next` (what the server now has, say): nothing touched, dirty or wrong. */
  function reset(next: F = initial): void {
    setBaseline(next);
    setValues(next);
    setSubmitted(false);
    setTouched(new Set());
    setServerErrors({});
  }

  return { values, errors, set, blur, onSubmit, showServerErrors, reset, dirty: dirtyFields.size > 0, dirtyFields };
}

function check<F, Output>(schema: Schema<Output>, values: unknown, fields: readonly string[]): { ok: true; data: Output; errors: Errors<F> } | { ok: false; errors: Errors<F> } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data, errors: {} };
  const errors: Record<string, FieldError> = {};
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? "");
    const rule = issue.code === "custom" ? (issue.params as { rule?: unknown } | undefined)?.rule : undefined;
    if (fields.includes(name)) errors[name] ??= { message: issue.message, code: typeof rule === "string" ? rule : issue.code };
  }
  return { ok: false, errors: errors as Errors<F> };
}

/** The first invalid field in on-screen order (`fields` lists them top to bottom), by its name. */
function focusFirst(form: HTMLFormElement, fields: readonly string[], errors: Record<string, unknown>): void {
  const first = fields.find((name) => errors[name] !== undefined);
  const element = first ? form.elements.namedItem(first) : null;
  if (element instanceof HTMLElement) element.focus();
}

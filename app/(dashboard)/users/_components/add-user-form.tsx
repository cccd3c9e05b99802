"use client";
// Adding a person: email, role, and either a first password (told to them some other way) or
// an invitation link for them to choose their own. The shared rules check the fields here;
// the server checks again and refuses an email that already has an account.
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import * as z from "zod/mini";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PasswordInput } from "@/components/ui/password-input";
import { Select } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { errorMessage } from "@/lib/browser/api-fetch";
import { applyFieldErrors, focusFirstError } from "@/lib/browser/apply-field-errors";
import { useAddUser } from "@/lib/auth/hooks/use-users";
import { MIN_PASSWORD_LENGTH, ROLES } from "@/lib/auth/roles";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/role-words";
import type { UserCreatedResponse } from "@/lib/auth/users-contract";
import { newPasswordSchema, newUserSchema } from "@/lib/auth/users-schema";

const formSchema = z.extend(z.omit(newUserSchema, { password: true }), { method: z.enum(["invite", "password"]), password: z.string() }).check(
  z.superRefine((values, context) => {
    if (values.method !== "password") return;
    const checked = newPasswordSchema.safeParse(values.password);
    if (!checked.success) context.addIssue({ code: "custom", path: ["password"], message: checked.error.issues[0]?.message ?? "Invalid password" });
  }),
);
type FormValues = z.input<typeof formSchema>;
const FIELDS = ["email", "role", "password"] as const;

export function AddUserForm({ onAdded, onClose }: { onAdded: (result: UserCreatedResponse) => void; onClose: () => void }) {
  const add = useAddUser();
  const { register, handleSubmit, setError, setFocus, reset, watch, formState } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { email: "", role: "viewer", method: "invite", password: "" },
  });
  const method = watch("method");
  const role = watch("role");

  const submit = handleSubmit(
    ({ email, role: chosen, method: how, password }) =>
      add.mutate(
        { email, role: chosen, ...(how === "password" ? { password } : {}) },
        {
          onSuccess: (result) => {
            reset();
            onAdded(result);
          },
          onError: (error) => void applyFieldErrors(error, FIELDS, setError),
        },
      ),
    (invalid) => focusFirstError(FIELDS, invalid, setFocus),
  );
  const fieldError = FIELDS.some((name) => formState.errors[name]);

  return (
    <Card aria-labelledby="add-user-heading" className="mb-6">
      <CardHeader titleId="add-user-heading" title="Add person" description="They sign in with their email address and the role you give them." />
      <CardBody>
        <form onSubmit={submit} noValidate className="grid gap-4 md:grid-cols-2">
          <Field label="Email" error={formState.errors.email?.message}>
            {(c) => <Input {...c} {...register("email")} type="email" autoComplete="off" spellCheck={false} />}
          </Field>
          <Field label="Role" hint={ROLE_DESCRIPTIONS[role as keyof typeof ROLE_DESCRIPTIONS]} error={formState.errors.role?.message}>
            {(c) => (
              <Select {...c} {...register("role")}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>{ROLE_LABELS[r]}</option>
                ))}
              </Select>
            )}
          </Field>
          <fieldset className="md:col-span-2">
            <legend className="text-sm font-medium text-slate-900">How they get in</legend>
            <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm text-slate-800">
              <label className="flex items-center gap-2">
                <input type="radio" value="invite" {...register("method")} className="size-4 accent-indigo-600" />
                Make an invitation link (they choose a password)
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" value="password" {...register("method")} className="size-4 accent-indigo-600" />
                Set a first password
              </label>
            </div>
          </fieldset>
          {method === "password" && (
            <Field label="First password" hint={`At least ${MIN_PASSWORD_LENGTH} characters. Tell it to them some other way.`} error={formState.errors.password?.message} className="md:col-span-2">
              {(c) => <PasswordInput {...c} {...register("password")} autoComplete="new-password" />}
            </Field>
          )}
          {add.isError && !fieldError && <Alert tone="error" className="md:col-span-2">{errorMessage(add.error)}</Alert>}
          <div className="flex flex-wrap gap-3 md:col-span-2">
            <Button type="submit" disabled={add.isPending}>
              {add.isPending && <Spinner />}
              Add person
            </Button>
            <Button variant="secondary" onClick={onClose} disabled={add.isPending}>
              Close
            </Button>
          </div>
        </form>
      </CardBody>
    </Card>
  );
}

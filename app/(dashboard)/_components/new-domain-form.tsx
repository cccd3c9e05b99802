"use client";
// Creating a domain: a new account has none, and nothing else can be done until one exists.
// The shared schema checks the fields in the browser; the server checks again and refuses a
// 101st domain (Catapult's maximum) with words, before anything is sent. Loaded when opened
// (new-domain-panel.tsx).
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import { applyFieldErrors, focusFirstError } from "@/lib/browser/apply-field-errors";
import { apiFetch, errorMessage } from "@/lib/browser/api-fetch";
import { useRequest } from "@/lib/browser/use-request";
import { type Domain, type DomainCreatedResponse, MAX_DOMAINS } from "@/lib/domains/contract";
import { DOMAIN_NAME_RULE, type NewDomain, newDomainSchema } from "@/lib/domains/schema";
import { domainHref } from "@/lib/endpoints/links";

const FIELDS = ["name", "description"] as const;

export function NewDomainForm({ count, onDone }: { count: number; onDone: () => void }) {
  // The list below is rendered on the server: it shows the new domain once the page is rendered again.
  const create = useRequest((input: NewDomain) => apiFetch<DomainCreatedResponse>("/api/domains", { method: "POST", body: input }));
  const [created, setCreated] = useState<Domain | null>(null);
  const { register, handleSubmit, setError, setFocus, reset, formState } = useForm<NewDomain>({
    resolver: zodResolver(newDomainSchema),
    defaultValues: { name: "", description: "" },
  });
  const full = count >= MAX_DOMAINS;

  const submit = handleSubmit(
    (values) =>
      create.mutate(values, {
        onSuccess: ({ domain }) => {
          setCreated(domain);
          reset();
        },
        onError: (error) => void applyFieldErrors(error, FIELDS, setError),
      }),
    (invalid) => focusFirstError(FIELDS, invalid, setFocus),
  );

  return (
    <Card aria-labelledby="new-domain-heading" className="mb-6">
      <CardHeader titleId="new-domain-heading" title="New domain" description={`${count.toLocaleString("en")} of ${MAX_DOMAINS} domains in this account.`} />
      <CardBody className="space-y-4">
        {created && (
          <Alert tone="success" onDismiss={() => setCreated(null)}>
            Domain <strong className="font-semibold">{created.name}</strong> was created.{" "}
            <Link href={domainHref(created.id)} className="font-medium underline">
              Open it to add endpoints
            </Link>
          </Alert>
        )}
        {full ? (
          <Alert tone="warning">This account has {MAX_DOMAINS} domains, Catapult&rsquo;s maximum. Delete one before creating another.</Alert>
        ) : (
          <form onSubmit={submit} noValidate className="space-y-4">
            <Field label="Name" hint={`Unique in the account and used in DNS lookups: ${DOMAIN_NAME_RULE}.`} error={formState.errors.name?.message}>
              {(c) => <Input {...c} {...register("name")} autoComplete="off" spellCheck={false} />}
            </Field>
            <Field label="Description" hint="Catapult requires one." error={formState.errors.description?.message}>
              {(c) => <Input {...c} {...register("description")} />}
            </Field>
            {create.isError && !formState.errors.name && !formState.errors.description && <Alert tone="error">{errorMessage(create.error)}</Alert>}
            <div className="flex flex-wrap gap-3">
              <Button type="submit" disabled={create.isPending}>
                {create.isPending && <Spinner />}
                Create domain
              </Button>
              <Button variant="secondary" onClick={onDone} disabled={create.isPending}>
                Close
              </Button>
            </div>
          </form>
        )}
      </CardBody>
    </Card>
  );
}

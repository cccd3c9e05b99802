"use client";
// The Users page (admins): everyone who can sign in, their role and state, and the admin's
// actions on them. A link made here (invitation or password) is shown once, at the top. The
// people come from the server with the page; each change renders it again. "Add person"
// loads its form (react-hook-form and the shared zod schema) when it is opened.
import { lazy, Suspense, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { LoadingState } from "@/components/ui/spinner";
import { plural } from "@/lib/browser/format";
import type { UserSummary } from "@/lib/auth/users-contract";
import { OneTimeLink, type ShownLink } from "./one-time-link";
import { UsersTable } from "./users-table";

const loadForm = () => import("./add-user-form");
const AddUserForm = lazy(async () => ({ default: (await loadForm()).AddUserForm }));

export function UsersView({ users }: { users: readonly UserSummary[] }) {
  const [adding, setAdding] = useState(false);
  const [shownLink, setShownLink] = useState<ShownLink | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in, and what each person may do. Disabling someone signs them out everywhere at once."
        actions={
          !adding && (
            <Button onClick={() => setAdding(true)} onPointerEnter={() => void loadForm()} onFocus={() => void loadForm()}>
              Add person
            </Button>
          )
        }
      />
      {shownLink && <OneTimeLink shown={shownLink} onDismiss={() => setShownLink(null)} />}
      {added && (
        <Alert tone="success" onDismiss={() => setAdded(null)} className="mb-6">
          {added} was added and can sign in with the password you set.
        </Alert>
      )}
      {adding && (
        <Suspense fallback={<LoadingState label="Opening the form…" className="mb-6" />}>
          <AddUserForm
            onClose={() => setAdding(false)}
            onAdded={({ user, invitationLink }) => {
              setAdded(invitationLink ? null : user.email);
              setShownLink(invitationLink ? { email: user.email, link: invitationLink, kind: "invitation" } : null);
            }}
          />
        </Suspense>
      )}
      <Card aria-labelledby="users-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-5 py-4">
          <h2 id="users-heading" className="text-base font-semibold text-slate-900">
            People
          </h2>
          <p className="text-sm text-slate-600">{plural(users.length, "person", "people")}</p>
        </div>
        <UsersTable users={users} onLink={(email, link, expiresAt) => setShownLink({ email, link, expiresAt, kind: "reset" })} />
      </Card>
    </>
  );
}

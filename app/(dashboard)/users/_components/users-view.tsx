"use client";
// The Users page (admins): everyone who can sign in, their role and state, and the admin's
// actions on them. A link made here (invitation or password) is shown once, at the top.
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { PageHeader } from "@/components/ui/page-header";
import { LoadingState } from "@/components/ui/spinner";
import { plural } from "@/lib/browser/format";
import { useUsers } from "@/lib/auth/hooks/use-users";
import { AddUserForm } from "./add-user-form";
import { OneTimeLink, type ShownLink } from "./one-time-link";
import { UsersTable } from "./users-table";

export function UsersView() {
  const users = useUsers();
  const [adding, setAdding] = useState(false);
  const [shownLink, setShownLink] = useState<ShownLink | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in, and what each person may do. Disabling someone signs them out everywhere at once."
        actions={!adding && <Button onClick={() => setAdding(true)}>Add person</Button>}
      />
      {shownLink && <OneTimeLink shown={shownLink} onDismiss={() => setShownLink(null)} />}
      {added && (
        <Alert tone="success" onDismiss={() => setAdded(null)} className="mb-6">
          {added} was added and can sign in with the password you set.
        </Alert>
      )}
      {adding && (
        <AddUserForm
          onClose={() => setAdding(false)}
          onAdded={({ user, invitationLink }) => {
            setAdded(invitationLink ? null : user.email);
            setShownLink(invitationLink ? { email: user.email, link: invitationLink, kind: "invitation" } : null);
          }}
        />
      )}
      <Card aria-labelledby="users-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-5 py-4">
          <h2 id="users-heading" className="text-base font-semibold text-slate-900">
            People
          </h2>
          <p className="text-sm text-slate-600">{users.data ? plural(users.data.users.length, "person", "people") : "\u00a0"}</p>
        </div>
        {users.isPending ? (
          <LoadingState label="Loading people…" />
        ) : users.isError && !users.data ? (
          <ErrorState title="Could not load the users" error={users.error} onRetry={() => users.refetch()} retrying={users.isFetching} />
        ) : (
          <UsersTable users={users.data?.users ?? []} onLink={(email, link, expiresAt) => setShownLink({ email, link, expiresAt, kind: "reset" })} />
        )}
      </Card>
    </>
  );
}

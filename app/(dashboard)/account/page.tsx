import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { listOwnSessions, personActor } from "@/lib/auth/server/account";
import { currentActor } from "@/lib/auth/server/current-actor";
import { ChangePasswordForm } from "./_components/change-password-form";
import { OwnSessions } from "./_components/own-sessions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  // Read on the server: the page loads no data library (a change renders it again).
  const sessions = await listOwnSessions(personActor(await currentActor()));
  return (
    <>
      <PageHeader title="Your account" description="Your password, and the browsers you are signed in on." />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <ChangePasswordForm />
        <OwnSessions sessions={sessions} />
      </div>
    </>
  );
}

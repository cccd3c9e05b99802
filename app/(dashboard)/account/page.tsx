import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordForm } from "./_components/change-password-form";
import { OwnSessions } from "./_components/own-sessions";
import { Providers } from "@/app/providers";

export const metadata: Metadata = { title: "Your account" };

export default function AccountPage() {
  return (
    <>
      <PageHeader title="Your account" description="Your password, and the browsers you are signed in on." />
      <Providers>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <ChangePasswordForm />
          <OwnSessions />
        </div>
      </Providers>
    </>
  );
}

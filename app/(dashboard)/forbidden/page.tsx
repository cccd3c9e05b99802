import type { Metadata } from "next";
import { headers } from "next/headers";
import { ButtonLink } from "@/components/ui/button";
import { currentActor } from "@/lib/auth/server/current-actor";
import { isRole } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/auth/role-words";

export const metadata: Metadata = { title: "Not allowed" };

// proxy.ts renders this (403) for a page the signed-in person's role may not open.
export default async function ForbiddenPage() {
  const { email, role } = await currentActor();
  const needed = (await headers()).get("x-dashboard-needs-role");
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <p className="text-sm font-semibold text-indigo-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">Not allowed</h1>
      <p className="mt-2 text-sm text-slate-600">
        {isRole(needed) ? `This page needs the ${ROLE_LABELS[needed]} role. ` : ""}
        You are signed in as {email} ({ROLE_LABELS[role]}). Ask an admin if you need more.
      </p>
      <ButtonLink href="/" className="mt-6">
        Back to domains
      </ButtonLink>
    </div>
  );
}

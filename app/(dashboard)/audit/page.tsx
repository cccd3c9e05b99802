import type { Metadata } from "next";
import { AuditView } from "./_components/audit-view";
import { Providers } from "@/app/providers";

export const metadata: Metadata = { title: "Audit log" };

export default function AuditPage() {
  return (
    <Providers>
      <AuditView />
    </Providers>
  );
}

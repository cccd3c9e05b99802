import type { Metadata } from "next";
import { UsersView } from "./_components/users-view";
import { Providers } from "@/app/providers";

export const metadata: Metadata = { title: "Users" };

export default function UsersPage() {
  return (
    <Providers>
      <UsersView />
    </Providers>
  );
}

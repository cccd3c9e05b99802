import type { Metadata } from "next";
import { listUsers } from "@/lib/auth/server/users";
import { UsersView } from "./_components/users-view";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  // Read on the server: the page loads no data library (each change renders it again).
  return <UsersView users={await listUsers()} />;
}

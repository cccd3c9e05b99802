"use client";
// The signed-in person, as the dashboard layout read it on the server: pages hide what the
// role cannot do (the server refuses it anyway).
import { createContext, type ReactNode, useContext } from "react";
import { hasRole, type Role } from "@/lib/auth/roles";

export interface CurrentUser {
  email: string;
  role: Role;
}

const CurrentUserContext = createContext<CurrentUser | null>(null);

export function CurrentUserProvider({ user, children }: { user: CurrentUser; children: ReactNode }) {
  return <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>;
}

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error("useCurrentUser outside the dashboard layout");
  return user;
}

/** Whether the signed-in person's role may do what `role` may. */
export function useCan(role: Role): boolean {
  return hasRole(useCurrentUser().role, role);
}

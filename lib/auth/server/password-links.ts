import "server-only";
// Setting a password from an invitation or reset link (/set-password). The link is the proof
// of who this is, so the audit entry names the person; each link works once, and using it ends
// any sessions they had.
import { isAPIError } from "better-auth/api";
import { type AuditContext, recordAudit } from "@/lib/audit/server/record";
import { DomainError } from "@/lib/domain-error";
import type { PasswordFromLink } from "@/lib/auth/users-schema";
import { getAuth } from "./auth";
import { authContext } from "./user-summary";

const LINK_GONE = "This link does not work any more: it was already used, replaced by a newer one, or it expired. Ask an admin for a new link.";

export async function setPasswordFromLink(sourceAddress: string | null, input: PasswordFromLink): Promise<{ email: string }> {
  const { internalAdapter } = await authContext();
  const verification = await internalAdapter.findVerificationValue(`reset-password:${input.token}`);
  const user = verification && verification.expiresAt > new Date() ? await internalAdapter.findUserById(verification.value) : null;
  if (!user) throw new DomainError("invalid", LINK_GONE, { token: LINK_GONE });
  const context: AuditContext = { actor: { type: "user", id: user.id, email: user.email }, sourceAddress };
  try {
    await getAuth().api.resetPassword({ body: { token: input.token, newPassword: input.newPassword } });
  } catch (error) {
    await recordAudit(context, "user.password-set", { target: { userEmail: user.email }, outcome: "failed", errorCode: "invalid" });
    if (isAPIError(error) && error.body?.code === "INVALID_TOKEN") throw new DomainError("invalid", LINK_GONE, { token: LINK_GONE });
    throw error;
  }
  await recordAudit(context, "user.password-set", { target: { userEmail: user.email } });
  return { email: user.email };
}

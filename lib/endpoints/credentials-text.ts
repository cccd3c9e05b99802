// What a SIP phone needs, as one block of text for "Copy all": one "Label: value" line each,
// in the order phones ask for them. Built in the browser only (it may hold the password).
import type { SipDetails } from "./contract";

export interface PhoneCredentials {
  name: string;
  /** null when Catapult could not be read right after the create. */
  sip: SipDetails | null;
  /** null once hidden: the text then leaves it out. */
  password: string | null;
}

export function credentialsText({ name, sip, password }: PhoneCredentials): string {
  const lines = sip
    ? [`SIP URI: ${sip.sipUri}`, `Registrar / realm: ${sip.realm}`, `Username: ${sip.username}`]
    : [`Endpoint: ${name}`];
  if (password !== null) lines.push(`Password: ${password}`);
  return lines.join("\n");
}

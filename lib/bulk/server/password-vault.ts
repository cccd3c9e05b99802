import "server-only";
// SIP passwords of bulk rows not yet sent, at rest: AES-256-GCM (node:crypto) under the
// key from ENCRYPTION_KEY or the data folder. The row's identity is the associated data,
// so a ciphertext moved to another row does not decrypt.
import crypto from "node:crypto";

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealPassword(key: Buffer, rowIdentity: string, password: string): Buffer {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(rowIdentity, "utf8"));
  const body = Buffer.concat([cipher.update(password, "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function openPassword(key: Buffer, rowIdentity: string, sealed: Buffer): string {
  // GCM accepts tags as short as 4 bytes unless told otherwise, and a short tag is a
  // forgery within reach: a sealed value too short to hold the full 16-byte tag is refused.
  if (sealed.length < IV_BYTES + TAG_BYTES) throw new Error("Sealed password is truncated.");
  const decipher = crypto.createDecipheriv("aes-256-gcm", key, sealed.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(rowIdentity, "utf8"));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
}

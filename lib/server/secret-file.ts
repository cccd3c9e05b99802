import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";

/**
 * Returns the random secret kept in `file`, creating it (0600, owner only) on first use.
 * Refuses a file others can read, since it would guard nothing.
 */
export function readOrCreateSecretFile(file: string, bytes: number): Buffer {
  try {
    fs.writeFileSync(file, crypto.randomBytes(bytes).toString("hex"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const mode = fs.statSync(file).mode & 0o777;
  if (mode & 0o077) {
    throw new Error(`${file} is readable by others (mode ${mode.toString(8)}); run: chmod 600 ${file}`);
  }
  const secret = Buffer.from(fs.readFileSync(file, "utf8").trim(), "hex");
  if (secret.length !== bytes) throw new Error(`${file} does not hold ${bytes} hex-encoded bytes`);
  return secret;
}

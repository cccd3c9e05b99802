// Strong SIP passwords from Latin-1-safe characters. Runs in the browser and in Node
// (both expose Web Crypto as globalThis.crypto).
// No quotes, commas, backslashes or spaces, so a generated password survives CSV and
// spreadsheets unquoted; no look-alikes (0/O, 1/l/I) so it can be typed from a screen.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-=?@_~";

export function generatePassword(length = 20): string {
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  let out = "";
  while (out.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const b of bytes) {
      if (b < limit && out.length < length) out += ALPHABET[b % ALPHABET.length];
    }
  }
  return out;
}

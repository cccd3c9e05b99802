// Strong SIP passwords from Latin-1-safe characters. Runs in the browser and in Node
// (both expose Web Crypto as globalThis.crypto).
// No quotes, commas, backslashes or spaces, so a generated password survives CSV and
// spreadsheets unquoted; no look-alikes (0/O, 1/l/I) so it can be typed from a screen.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*+-=?@_~";

// A spreadsheet reads a cell starting with = + - @ as a formula: never start with one.
const FIRST_ALPHABET = ALPHABET.replace(/[^A-Za-z0-9]/g, "");

export function generatePassword(length = 20): string {
  return randomFrom(FIRST_ALPHABET, 1) + randomFrom(ALPHABET, length - 1);
}

function randomFrom(alphabet: string, count: number): string {
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % alphabet.length);
  let out = "";
  while (out.length < count) {
    for (const b of crypto.getRandomValues(new Uint8Array(count * 2 + 4))) {
      if (b < limit && out.length < count) out += alphabet[b % alphabet.length];
    }
  }
  return out;
}

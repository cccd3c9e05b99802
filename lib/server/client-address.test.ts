// The trusted client address: the entry our outermost trusted proxy wrote, never one the
// client could have written.
import { describe, expect, it } from "vitest";
import { clientAddressFrom } from "./client-address";

describe("clientAddressFrom", () => {
  it("trusts nothing without a proxy: a direct client writes the whole header", () => {
    expect(clientAddressFrom("203.0.113.9", 0)).toBeNull();
    expect(clientAddressFrom(null, 1)).toBeNull();
  });

  it("with one hop takes the rightmost entry and ignores spoofed entries to its left", () => {
    expect(clientAddressFrom("1.1.1.1, 2.2.2.2, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddressFrom("evil-made-up,198.51.100.7", 1)).toBe("198.51.100.7");
  });

  it("with N hops takes the entry N from the right", () => {
    expect(clientAddressFrom("6.6.6.6, 198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
    expect(clientAddressFrom("6.6.6.6, 198.51.100.7, 10.0.0.3, 10.0.0.2", 3)).toBe("198.51.100.7");
  });

  it("writes an IPv4 client of a dual-stack socket as plain IPv4", () => {
    expect(clientAddressFrom("::ffff:127.0.0.1", 1)).toBe("127.0.0.1");
    expect(clientAddressFrom("2001:db8::1", 1)).toBe("2001:db8::1");
  });

  it("trusts nothing when there are fewer entries than hops", () => {
    expect(clientAddressFrom("198.51.100.7", 2)).toBeNull();
  });
});

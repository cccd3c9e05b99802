import { describe, expect, it } from "vitest";
import { guessColumns, looksLikePasswords } from "./guess-columns";
import { parseEndpointRows } from "./parse-endpoint-rows";

const apps = [
  { id: "a-1f2e3d", name: "Softphones" },
  { id: "a-9c8b7a", name: "Desk Phones" },
];

/** The paste of issue 10: name, description, password, application, enabled, no header. */
function issuePaste(rows = 15): string {
  return Array.from({ length: rows }, (_, i) => [`jsmith_${i + 1}`, `John Smith's phone ${i + 1}`, `Chang3-me!${i + 1}x`, i % 3 ? "Softphones" : "", i % 2 ? "TRUE" : "false"].join("\t")).join("\n");
}

const grid = (text: string) => text.split("\n").map((line) => line.split("\t"));

describe("guessColumns", () => {
  it("reads issue 10's headerless paste by content: the passwords go to Password, never to Description", () => {
    const result = parseEndpointRows(issuePaste(), { applications: apps });
    expect(result.hasHeader).toBe(false);
    expect(result.mapping).toEqual(["name", "description", "password", "application", "enabled"]);
    expect(result.guess?.reasons).toEqual(["unique_names", "text_with_spaces", "no_spaces", "application_names", "enabled_words"]);
    const first = result.rows[0]?.endpoint;
    expect(first).toMatchObject({ name: "jsmith_1", description: "John Smith's phone 1", password: "Chang3-me!1x", enabled: false });
    // No row's description holds any row's password.
    const passwords = new Set(result.rows.map((r) => r.endpoint.password));
    expect(result.rows.filter((r) => passwords.has(r.endpoint.description ?? "")).length).toBe(0);
    expect(result.counts).toMatchObject({ total: 15, valid: 15 });
  });

  it("still keeps the passwords out of Description before the applications are known", () => {
    const { mapping } = guessColumns(grid(issuePaste()), 5);
    expect(mapping[1]).toBe("description");
    expect(mapping[2]).toBe("password");
    // Without the account's applications, the application column cannot be told; it is not guessed as a description.
    expect(mapping[3]).not.toBe("description");
  });

  it("never reads password-like cells as a description, even when one of them has a space", () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`ext-${i}`, i === 3 ? "Pa55 word!" : `Xk9#q${i}Lm2`]);
    const guess = guessColumns(rows, 2);
    expect(guess.mapping).toEqual(["name", "password"]);
  });

  it("a column without spaces that no other rule claims is a password, not a description", () => {
    // Descriptions with no spaces: the one column left is ignored rather than called a description.
    const rows = [
      ["alice", "Lobby", "Tr0ub4dor&3"],
      ["bob", "Kitchen", "c0rrect-h0rse"],
    ];
    const guess = guessColumns(rows, 3);
    expect(guess.mapping[0]).toBe("name");
    expect(guess.mapping).not.toContain("description");
    expect(guess.mapping[2]).toBe("password");
    expect(guess.mapping[1]).toBe("ignore");
  });

  it("finds TRUE/false, application ids and names wherever they are", () => {
    const rows = [
      ["yes", "a-1f2e3d", "desk-1", "Secret-pw1", "Desk Phones"],
      ["FALSE", "a-9c8b7a", "desk-2", "Secret-pw2", "softphones"],
    ];
    expect(guessColumns(rows, 5, { applications: apps }).mapping).toEqual(["enabled", "applicationId", "name", "password", "application"]);
    // Before the applications load the ids cannot be told from names (the admin confirms the
    // columns after they load), but the passwords still land in Password.
    expect(guessColumns(rows, 5).mapping[3]).toBe("password");
  });

  it("takes as the name a column of valid, unrepeated SIP user names; a column of repeats is not one", () => {
    const rows = [
      ["office", "alice", "S3cret-1"],
      ["office", "bob", "S3cret-2"],
      ["office", "carol", "S3cret-3"],
    ];
    expect(guessColumns(rows, 3).mapping.slice(0, 2)).toEqual(["ignore", "name"]);
  });

  it("prefers the column holding names the domain already has", () => {
    const rows = [
      ["S3cret-1", "alice"],
      ["S3cret-2", "bob"],
    ];
    expect(guessColumns(rows, 2).mapping).toEqual(["name", "password"]);
    expect(guessColumns(rows, 2, { existingNames: new Set(["bob"]) }).mapping).toEqual(["password", "name"]);
  });

  it("gives an empty column the template's meaning for its place, when that meaning is free", () => {
    // name, description, application, enabled, password: columns 3 and 4 are empty.
    const guess = guessColumns([["alice", "Front desk", "", "", "S3cret-1"]], 5);
    expect(guess.mapping).toEqual(["name", "description", "application", "enabled", "password"]);
    expect(guess.reasons).toEqual(["unique_names", "text_with_spaces", "empty", "empty", "no_spaces"]);
  });
});

describe("looksLikePasswords", () => {
  it("tells passwords from descriptions", () => {
    expect(looksLikePasswords(["Chang3-me!", "S3cret-pw2", "xK9#qLm2"])).toBe(true);
    expect(looksLikePasswords(["John Smith's mobile", "Front desk", "Lobby"])).toBe(false);
    expect(looksLikePasswords(["Lobby", "Kitchen", "Garage"])).toBe(false);
    // The same value on every row is a label, not a set of passwords.
    expect(looksLikePasswords(["Room-101", "Room-101", "Room-101"])).toBe(false);
    expect(looksLikePasswords([])).toBe(false);
  });
});

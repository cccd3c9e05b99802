import { describe, expect, it } from "vitest";
import type { ColumnMapping } from "./columns";
import { fitMapping, keepGeneratedPasswords } from "./fit-mapping";
import { parseEndpointRows } from "./parse-endpoint-rows";

/** The mapping the parser guesses for a paste without a header, as the preview hook asks it. */
const guessFor = (text: string) => parseEndpointRows(text).mapping;

describe("fitMapping", () => {
  it("keeps the admin's choice when the paste is as wide as before", () => {
    const chosen: ColumnMapping = ["description", "name", "password"];
    expect(fitMapping(chosen, guessFor("Front desk,desk1,abc123"))).toEqual(chosen);
  });

  it("widens: a new column gets its guess, or is ignored when that meaning is already chosen", () => {
    // Guessed from the cells: a name, text with spaces, a password, an empty column, TRUE.
    const guessed = guessFor("desk1,Front desk,S3cret-pw1,,TRUE");
    expect(guessed).toEqual(["name", "description", "password", "ignore", "enabled"]);
    // The admin chose the first two columns; columns 3–5 are new to them.
    expect(fitMapping(["description", "name"], guessed)).toEqual(["description", "name", "password", "ignore", "enabled"]);
    // A new column whose guess the admin chose elsewhere would make two columns mean the same.
    expect(fitMapping(["password", "name"], guessed)).toEqual(["password", "name", "ignore", "ignore", "enabled"]);
  });

  it("narrows: choices for columns the paste no longer has are dropped", () => {
    const fitted = fitMapping(["name", "ignore", "password", "description"], guessFor("desk1,x"));
    expect(fitted).toEqual(["name", "ignore"]);
  });

  it("gives a parse that the fitted mapping drives without problems", () => {
    // Five columns now: the fourth (application) left empty, the fifth guessed as "enabled".
    const text = "Front desk\tdesk1\tabc123\t\tyes";
    const mapping = fitMapping(["description", "name", "password"], guessFor(text));
    const result = parseEndpointRows(text, { mapping });
    expect(result.problems).toEqual([]);
    expect(result.rows[0]?.endpoint).toEqual({ name: "desk1", description: "Front desk", password: "abc123", enabled: true });
  });
});

describe("keepGeneratedPasswords", () => {
  const paste = "alice,\nbob,typed-pw1\ncarol,\n";
  const parse = (text: string) => parseEndpointRows(text, { generateMissingPasswords: true }).rows;
  const passwords = (rows: ReturnType<typeof parse>) => rows.map((r) => [r.sourceRow, r.endpoint.password]);

  it("gives a re-parsed row the password generated for it the first time", () => {
    const generated = new Map<number, string>();
    const first = parse(paste);
    keepGeneratedPasswords(first, generated);
    expect([...generated.keys()]).toEqual([1, 3]);

    // Every parse generates afresh; without keeping, alice and carol would get new passwords.
    const second = parse(paste);
    expect(second[0]?.endpoint.password).not.toBe(first[0]?.endpoint.password);
    keepGeneratedPasswords(second, generated);
    expect(passwords(second)).toEqual(passwords(first));
    expect(second[1]?.endpoint.password).toBe("typed-pw1");
  });

  it("leaves typed passwords alone and remembers only generated ones", () => {
    const generated = new Map<number, string>([[2, "stale-generated"]]);
    const rows = parse(paste);
    keepGeneratedPasswords(rows, generated);
    // Row 2 now has a typed password: the old generated one must not replace it.
    expect(rows[1]?.endpoint.password).toBe("typed-pw1");
    expect(generated.get(1)).toBe(rows[0]?.endpoint.password);
  });

  it("a row added to the paste gets its own password; the rows before keep theirs", () => {
    const generated = new Map<number, string>();
    const first = parse("alice,\n");
    keepGeneratedPasswords(first, generated);
    const grown = parse("alice,\ndave,\n");
    keepGeneratedPasswords(grown, generated);
    expect(grown[0]?.endpoint.password).toBe(first[0]?.endpoint.password);
    expect(grown[1]?.endpoint.password).toBe(generated.get(2));
    expect(grown[1]?.endpoint.password).not.toBe(grown[0]?.endpoint.password);
  });
});

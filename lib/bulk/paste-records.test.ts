import { describe, expect, it } from "vitest";
import { parseEndpointRows } from "./parse-endpoint-rows";
import { replaceRow, takeRows } from "./paste-records";

const paste = ["name\tdescription\tpassword", "alice\tAlice's phone\tS3cret-1", "", "bob\tBob\tS3cret-2", "carol\tCarol\tS3cret-3", ""].join("\n");

describe("takeRows", () => {
  it("takes the header line and the rows asked for, by the parser's own row numbers", () => {
    const rows = parseEndpointRows(paste).rows.map((r) => [r.sourceRow, r.endpoint.name]);
    expect(rows).toEqual([
      [2, "alice"],
      [4, "bob"],
      [5, "carol"],
    ]);
    expect(takeRows(paste, [5, 2])).toEqual({ text: "name\tdescription\tpassword\nalice\tAlice's phone\tS3cret-1\ncarol\tCarol\tS3cret-3\n", taken: [2, 5] });
  });

  it("keeps a headerless paste headerless, and quoted cells with line breaks whole", () => {
    const csv = 'dave,"Desk,\r\n2nd floor",S3cret-4\r\nerin,Erin,S3cret-5\r\n';
    const { text, taken } = takeRows(csv, [1]);
    expect(taken).toEqual([1]);
    expect(text).toBe('dave,"Desk,\r\n2nd floor",S3cret-4\r\n');
    expect(parseEndpointRows(text).rows[0]?.endpoint.description).toBe("Desk,\r\n2nd floor");
  });

  it("gives nothing for rows the paste does not have, or blank ones", () => {
    expect(takeRows(paste, [3, 99])).toEqual({ text: "", taken: [] });
  });
});

describe("replaceRow", () => {
  it("rewrites one row and leaves every other character alone", () => {
    const next = replaceRow(paste, 4, ["bobby", "Bob, at home", "S3cret-2"]);
    expect(next).toBe(paste.replace("bob\tBob\tS3cret-2", "bobby\tBob, at home\tS3cret-2"));
    const csv = 'name,description\r\nx,"a ""b"""\r\ny,z\r\n';
    expect(replaceRow(csv, 3, ["y2", 'say "hi", then go'])).toBe('name,description\r\nx,"a ""b"""\r\ny2,"say ""hi"", then go"\r\n');
  });

  it("leaves the paste as it is for a row it does not have", () => {
    expect(replaceRow(paste, 42, ["x"])).toBe(paste);
  });
});

// The preview's Password column, as a person sees it: whether each row has a password
// (typed, generated or missing), never the password itself.
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type ParsedRow, parseEndpointRows } from "@/lib/bulk/parse-endpoint-rows";
import { PreviewTable } from "./preview-table";

const TYPED = "typed-Secret-41";
// The rows come from the parser, as in the page, so they carry whatever it reports for each row.
// With generation on, bob's empty cell gets a random password; carol's paste has generation
// off (blank lines keep the source rows apart: carol is row 4).
const [alice, bob] = parseEndpointRows(`name,password\nalice,${TYPED}\nbob,\n`, { generateMissingPasswords: true }).rows;
const [carol] = parseEndpointRows("name,password\n\n\ncarol,\n").rows;
if (!alice || !bob?.passwordGenerated || !bob.endpoint.password || !carol || carol.sourceRow !== 4) throw new Error("unexpected fixture rows");
const GENERATED = bob.endpoint.password;
const ROWS: ParsedRow[] = [alice, bob, carol];

/** The Password cell of the row naming `name`, found the way a screen reader walks the table. */
function passwordCell(name: string): HTMLElement {
  const table = screen.getByRole("table", { name: "Preview" });
  const column = within(table)
    .getAllByRole("columnheader")
    .findIndex((header) => header.textContent === "Password");
  const rowElement = within(table)
    .getAllByRole("row")
    .find((r) => within(r).queryByText(name) !== null);
  if (!rowElement || column < 0) throw new Error(`no Password cell for ${name}`);
  const cell = within(rowElement).getAllByRole("cell")[column];
  if (!cell) throw new Error(`row ${name} has no cell ${column}`);
  return cell;
}

describe("PreviewTable's password column", () => {
  beforeEach(() => {
    // happy-dom does no layout, so every box is 0 px tall and the virtualized table would draw
    // no rows at all: give the scroll area the height a browser would.
    vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(500);
    render(<PreviewTable rows={ROWS} applicationNames={new Map()} label="Preview" empty="No rows." />);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it("draws every row (the virtualizer saw a viewport)", () => {
    // Header row plus the three data rows.
    expect(within(screen.getByRole("table", { name: "Preview" })).getAllByRole("row")).toHaveLength(4);
  });

  it("shows a typed password as masked and Set, not as generated", () => {
    const cell = passwordCell("alice");
    // Sighted admins see dots; screen readers hear "Set" instead of the dots.
    expect(within(cell).getByText("••••••").closest("[aria-hidden='true']")).not.toBeNull();
    expect(within(cell).getByText("Set").className).toContain("sr-only");
    expect(within(cell).queryByText("(generated)")).toBeNull();
    expect(within(cell).queryByText("Missing")).toBeNull();
  });

  it("marks a generated password as (generated)", () => {
    const cell = passwordCell("bob");
    expect(within(cell).getByText("Set")).toBeTruthy();
    expect(within(cell).getByText("(generated)")).toBeTruthy();
  });

  it("says Missing, without the mask, for a row without a password", () => {
    const cell = passwordCell("carol");
    expect(within(cell).getByText("Missing")).toBeTruthy();
    expect(within(cell).queryByText("Set")).toBeNull();
    expect(within(cell).queryByText("••••••")).toBeNull();
  });

  it("never puts a password in the page, in text or in an attribute", () => {
    const html = document.documentElement.outerHTML;
    expect(html).toContain("alice"); // the rows are there, so their absence below means something
    expect(html).not.toContain(TYPED);
    expect(html).not.toContain(GENERATED);
  });
});

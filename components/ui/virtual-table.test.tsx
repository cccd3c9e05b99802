// A short table draws every row without the virtualizer; a long one loads it and keeps only
// the rows in view in the DOM, showing its first rows meanwhile.
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { VirtualTable } from "./virtual-table";

afterEach(cleanup);

function Table({ count }: { count: number }) {
  const rows = Array.from({ length: count }, (_, i) => ({ id: i, name: `row-${i}` }));
  return (
    <VirtualTable
      rows={rows}
      label="Rows"
      headers={["Name"]}
      grid="grid"
      minWidthClass=""
      rowHeight={40}
      empty="None"
      rowKey={(row) => row.id}
      renderRow={(row, { ariaRowIndex, top }) => (
        <div role="row" aria-rowindex={ariaRowIndex} style={{ transform: `translateY(${top}px)` }}>
          <div role="cell">{row.name}</div>
        </div>
      )}
    />
  );
}

const bodyRows = () => screen.getAllByRole("row").length - 1;

it("draws a short table whole, each row where the virtualizer would put it", () => {
  render(<Table count={150} />);
  expect(bodyRows()).toBe(150);
  expect(screen.getByText("row-149").parentElement?.style.transform).toBe("translateY(5960px)");
});

it("keeps a long table's length for screen readers and scrolling, and virtualizes it once loaded", async () => {
  render(<Table count={5000} />);
  expect(screen.getByRole("table").getAttribute("aria-rowcount")).toBe("5001");
  expect(bodyRows()).toBe(200);
  await waitFor(() => expect(bodyRows()).toBeLessThan(200));
  expect(screen.getByRole("table").querySelector('[role="rowgroup"].relative')?.getAttribute("style")).toContain("height: 200000px");
});

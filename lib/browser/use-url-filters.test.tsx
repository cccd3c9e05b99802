// The filters of a server-rendered page: text waits for a pause before it writes the URL, a
// choice writes it at once, what was typed survives the page catching up, and a URL changed
// from elsewhere (a "Clear filters" link) replaces the fields. A write still waiting never lands
// after the person moved on: a click writes it first, Back drops it.
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { useUrlFilters } from "./use-url-filters";

const replace = vi.fn();
// One router for the page's life, as Next gives.
const router = { replace };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

interface Filters {
  kind: string;
  name: string;
}
const search = (f: Filters) => {
  const params = new URLSearchParams(Object.entries(f).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()]));
  return params.size ? `?${params}` : "";
};

function Filters({ value }: { value: Filters }) {
  const { filters, set } = useUrlFilters("/list", value, search);
  return (
    <>
      <input aria-label="Name" value={filters.name} onChange={(e) => set({ name: e.target.value })} />
      <select aria-label="Kind" value={filters.kind} onChange={(e) => set({ kind: e.target.value }, { now: true })}>
        <option value="">Any</option>
        <option value="a">A</option>
      </select>
    </>
  );
}

/** The domain page's way: the URL written with the History API. */
function Shallow() {
  const { filters, set } = useUrlFilters("/list", { kind: "", name: "" }, search, { shallow: true });
  return <input aria-label="Name" value={filters.name} onChange={(e) => set({ name: e.target.value })} />;
}

beforeEach(() => {
  vi.useFakeTimers();
  replace.mockReset();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const type = (text: string) => fireEvent.change(screen.getByLabelText("Name"), { target: { value: text } });

it("writes typed text once typing pauses, and a choice at once", () => {
  render(<Filters value={{ kind: "", name: "" }} />);
  type("j");
  type("js");
  act(() => void vi.advanceTimersByTime(299));
  expect(replace).not.toHaveBeenCalled();
  act(() => void vi.advanceTimersByTime(1));
  expect(replace).toHaveBeenCalledExactlyOnceWith("/list?name=js", { scroll: false });
  fireEvent.change(screen.getByLabelText("Kind"), { target: { value: "a" } });
  expect(replace).toHaveBeenLastCalledWith("/list?kind=a&name=js", { scroll: false });
});

it("keeps what was typed since, when the page catches up with an earlier write", () => {
  const { rerender } = render(<Filters value={{ kind: "", name: "" }} />);
  type("js");
  act(() => void vi.advanceTimersByTime(300));
  type("jsm");
  rerender(<Filters value={{ kind: "", name: "js" }} />);
  expect(screen.getByLabelText("Name")).toHaveProperty("value", "jsm");
});

it("takes the URL's filters when they change from elsewhere", () => {
  const { rerender } = render(<Filters value={{ kind: "a", name: "js" }} />);
  rerender(<Filters value={{ kind: "", name: "" }} />);
  expect(screen.getByLabelText("Name")).toHaveProperty("value", "");
  expect(screen.getByLabelText("Kind")).toHaveProperty("value", "");
  expect(replace).not.toHaveBeenCalled();
});

it("shallow: writes the URL with the History API, never renders the page again on the server", () => {
  const replaceState = vi.spyOn(window.history, "replaceState");
  render(<Shallow />);
  type("js");
  expect(screen.getByLabelText("Name")).toHaveProperty("value", "js");
  act(() => void vi.advanceTimersByTime(300));
  expect(replaceState).toHaveBeenCalledExactlyOnceWith(null, "", "/list?name=js");
  expect(replace).not.toHaveBeenCalled();
  replaceState.mockRestore();
});

it("keeps one `set` over renders, so memoised views that take it are not drawn again", () => {
  const seen = new Set<unknown>();
  function Probe() {
    const { filters, set } = useUrlFilters("/list", { kind: "", name: "" }, search);
    seen.add(set);
    return <input aria-label="Name" value={filters.name} onChange={(e) => set({ name: e.target.value })} />;
  }
  render(<Probe />);
  type("a");
  type("ab");
  expect(seen.size).toBe(1);
});

it("a click writes a waiting URL at once, before the click's own handler navigates away", () => {
  const order: string[] = [];
  replace.mockImplementation((url: string) => order.push(`filters ${url}`));
  function WithAction() {
    const { filters, set } = useUrlFilters("/list", { kind: "", name: "" }, search);
    return (
      <>
        <input aria-label="Name" value={filters.name} onChange={(e) => set({ name: e.target.value })} />
        <button type="button" onClick={() => order.push("action")}>
          Disable
        </button>
      </>
    );
  }
  render(<WithAction />);
  type("team");
  fireEvent.click(screen.getByRole("button", { name: "Disable" }));
  expect(order).toEqual(["filters /list?name=team", "action"]);
  // Written once: the pause's timer no longer writes it again, over the action's navigation.
  act(() => void vi.advanceTimersByTime(1000));
  expect(replace).toHaveBeenCalledOnce();
});

it("going Back drops a waiting write, so it cannot drag the person forward again", () => {
  const replaceState = vi.spyOn(window.history, "replaceState");
  render(<Shallow />);
  type("js");
  act(() => void window.dispatchEvent(new PopStateEvent("popstate")));
  act(() => void vi.advanceTimersByTime(1000));
  expect(replaceState).not.toHaveBeenCalled();
  replaceState.mockRestore();
});

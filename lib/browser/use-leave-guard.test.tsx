// The leave guard: asks before an in-app link takes the page away while something would be
// lost, and stays out of the way otherwise.
import { act, cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { useLeaveGuard } from "./use-leave-guard";

function Page({ message }: { message: string | null }) {
  useLeaveGuard(message);
  return (
    <>
      <a href="/history">History</a>
      <a href="/history" target="_blank">History in a new tab</a>
      <a href="#top">Top</a>
    </>
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The person's answer to "Leave this page anyway?" (happy-dom has no window.confirm). */
function answer(leave: boolean) {
  const confirm = vi.fn((_message: string) => leave);
  vi.stubGlobal("confirm", confirm);
  return confirm;
}

/** Clicks the link and says whether it got through to the router (a listener on the link). */
function click(text: string): boolean {
  const link = [...document.querySelectorAll("a")].find((a) => a.textContent === text)!;
  let navigated = false;
  const router = (event: Event) => {
    navigated = !event.defaultPrevented;
    event.preventDefault(); // as the router does, so the test page itself stays put
  };
  link.addEventListener("click", router);
  act(() => void link.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 })));
  link.removeEventListener("click", router);
  return navigated;
}

describe("useLeaveGuard", () => {
  it("asks before an in-app link leaves, and stays when the person says no", () => {
    const confirm = answer(false);
    render(<Page message="The pasted rows have not been imported." />);
    expect(click("History")).toBe(false);
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining("The pasted rows have not been imported."));
  });

  it("lets the link through when the person confirms", () => {
    answer(true);
    render(<Page message="Unsaved changes." />);
    expect(click("History")).toBe(true);
  });

  it("does not ask when nothing would be lost, for a new tab, or for a link within the page", () => {
    const confirm = answer(false);
    const { rerender } = render(<Page message={null} />);
    expect(click("History")).toBe(true);
    rerender(<Page message="Unsaved changes." />);
    expect(click("History in a new tab")).toBe(true);
    expect(click("Top")).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it("asks before a reload or tab close while active, and no longer once unmounted", () => {
    const { unmount } = render(<Page message="Unsaved changes." />);
    const before = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(before);
    expect(before.defaultPrevented).toBe(true);
    unmount();
    const after = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  });
});

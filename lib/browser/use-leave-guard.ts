// Warns before leaving a page that holds something the person would lose: a reload or tab
// close (the browser's own beforeunload prompt), and a click on one of our in-app links (the
// App Router has no navigation guard of its own, so clicks are intercepted before it sees them).
import { useEffect } from "react";

/** What each mounted guard would lose, newest last. */
const guards = new Map<symbol, string>();

function onBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Older browsers still need returnValue set to show the prompt.
  event.returnValue = "";
}

/** Runs on window, in the capture phase: before Next's <Link> handles the click. */
export function interceptLeavingClick(event: MouseEvent, confirm: (message: string) => boolean = (m) => window.confirm(m)): void {
  if (guards.size === 0 || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download") || (anchor.target && anchor.target !== "_self")) return;
  const to = new URL(anchor.href, window.location.href);
  const here = window.location;
  // Another site unloads this page: beforeunload asks. A link to this very page leaves nothing.
  if (to.origin !== here.origin || (to.pathname === here.pathname && to.search === here.search)) return;
  const message = [...guards.values()].at(-1) ?? "";
  if (confirm(`${message}\n\nLeave this page anyway?`)) return;
  event.preventDefault();
  event.stopPropagation();
}

const onClick = (event: MouseEvent) => interceptLeavingClick(event);

/** While `message` is set, leaving the page asks first; `message` says what would be lost. */
export function useLeaveGuard(message: string | null): void {
  useEffect(() => {
    if (!message) return;
    const key = Symbol("leave-guard");
    guards.set(key, message);
    if (guards.size === 1) {
      window.addEventListener("beforeunload", onBeforeUnload);
      window.addEventListener("click", onClick, true);
    }
    return () => {
      guards.delete(key);
      if (guards.size === 0) {
        window.removeEventListener("beforeunload", onBeforeUnload);
        window.removeEventListener("click", onClick, true);
      }
    };
  }, [message]);
}

// A server-rendered moment: UTC (said) in the server's HTML, the browser's zone once live,
// and no hydration mismatch between the two.
import { act } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { expect, it, vi } from "vitest";
import { formatDateTime } from "@/lib/browser/format";
import { LocalDateTime } from "./local-date-time";

it("writes UTC on the server, then the browser's zone, without a hydration error", async () => {
  const at = Date.UTC(2026, 2, 5, 14, 7);
  const container = document.createElement("div");
  container.innerHTML = renderToString(<LocalDateTime at={at} />);
  document.body.append(container);
  expect(container.textContent).toMatch(/^Mar 5, 2026, 2:07\sPM UTC$/);
  const errors = vi.fn();
  await act(async () => {
    hydrateRoot(container, <LocalDateTime at={at} />, { onRecoverableError: errors });
  });
  expect(errors).not.toHaveBeenCalled();
  expect(container.querySelector("time")?.textContent).toBe(formatDateTime(at));
  expect(container.querySelector("time")?.getAttribute("datetime")).toBe("2026-03-05T14:07:00.000Z");
});

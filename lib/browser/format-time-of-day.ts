// The domain page's "as of 10:42:05": a module of its own, so pages that never say it do not
// carry its formatter (each page's JavaScript budget is counted in hundreds of bytes).
import { formatDateTime } from "./format";

const timeFormat = new Intl.DateTimeFormat("en", { timeStyle: "medium" });

/** A moment of today as "10:42:05 AM"; of another day as formatDateTime writes it. */
export function formatTimeOfDay(when: number, now: number = Date.now()): string {
  return new Date(when).toDateString() === new Date(now).toDateString() ? timeFormat.format(when) : formatDateTime(when);
}

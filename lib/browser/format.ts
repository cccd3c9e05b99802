// Words, numbers and dates, written the same way on every page.

/** A count as every page writes it: "2,000". */
export function formatCount(count: number): string {
  return count.toLocaleString("en");
}

const dateTimeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/**
 * A moment as every page writes it, in the browser's time zone: "Mar 5, 2026, 2:07 PM".
 * One fixed language, as for numbers, so two pages never disagree on the shape.
 */
export function formatDateTime(when: number | Date): string {
  return dateTimeFormat.format(when);
}

const utcDateTimeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The same in UTC, said: "Mar 5, 2026, 2:07 PM UTC" (a server's rendering, before the browser's). */
export function formatDateTimeUtc(when: number | Date): string {
  return `${utcDateTimeFormat.format(when)} UTC`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "45 s", "2 min 10 s", "1 h 5 min". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

/** A rough figure for an estimate: "~25 s", "~4 min", "~2 h 10 min". */
export function formatEstimate(totalSeconds: number): string {
  const seconds = Math.ceil(totalSeconds);
  if (seconds < 90) return `~${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return minutes < 120 ? `~${minutes} min` : `~${formatDuration(minutes * 60)}`;
}

export function formatRate(perSecond: number): string {
  return perSecond.toLocaleString("en", { maximumFractionDigits: 1 });
}

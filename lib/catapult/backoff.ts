import "server-only";
// How long to wait before trying a Catapult call again: doubling from 250 ms to 4 s, with
// jitter so that many rows failing together do not all come back at the same instant.
export function backoffMs(attempt: number): number {
  return Math.min(250 * 2 ** (attempt - 1), 4000) * (0.75 + Math.random() * 0.5);
}

export const waitBeforeRetry = (attempt: number) => new Promise<void>((resolve) => setTimeout(resolve, backoffMs(attempt)));

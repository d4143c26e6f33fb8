// When a failed delivery is tried again: base, 2·base, 4·base... after each failure, the last
// retry at the end of the window (a day by default), then no more.
export interface RetryPolicy {
  baseSeconds: number;
  windowSeconds: number;
}

/** Seconds until the next attempt after `attempts` failed ones, or null when the window is over. */
export function nextRetryDelay(attempts: number, firstAttemptAt: Date, now: Date, policy: RetryPolicy): number | null {
  const remaining = (firstAttemptAt.getTime() + policy.windowSeconds * 1000 - now.getTime()) / 1000;
  if (remaining <= 0) return null;
  return Math.min(policy.baseSeconds * 2 ** Math.max(0, attempts - 1), remaining);
}

/** The whole schedule (seconds after the first attempt), for the docs and the admin page. */
export function retryOffsets(policy: RetryPolicy): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (let attempts = 1; attempts < 100; attempts++) {
    const delay = nextRetryDelay(attempts, new Date(0), new Date(at * 1000), policy);
    if (delay === null) break;
    at += delay;
    offsets.push(at);
  }
  return offsets;
}

// When to try a submission again. Delays are exponential with full jitter, so a city's kiosks
// coming back from one outage spread out. Nothing here expires by age, and no decision trusts
// the wall clock beyond the longest delay we ever set: a time further ahead than that can only
// come from a clock that moved back, so it counts as due now.

/** The numbers behind retries; defaults suit a hub shared by a thousand kiosks. */
export interface RetryPolicy {
  /** First retry after a failure waits up to this long. */
  baseDelayMs: number;
  /** Backoff never waits longer than this. */
  maxDelayMs: number;
  /** Shortest wait, so a dead network does not spin the loop. */
  minDelayMs: number;
  /** A hub's Retry-After is honoured up to this long. */
  maxRetryAfterMs: number;
}

/** 5 s doubling to 10 min; Retry-After honoured up to 1 hour. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 5_000,
  maxDelayMs: 10 * 60_000,
  minDelayMs: 1_000,
  maxRetryAfterMs: 60 * 60_000,
};

/** The wait before attempt `attempts + 1`: uniform in [min, min(max, base·2^(attempts-1))]. */
export function backoffDelay(attempts: number, random: () => number, policy: RetryPolicy): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  return Math.max(policy.minDelayMs, Math.floor(random() * ceiling));
}

/** A Retry-After header (seconds or HTTP date) in ms, capped; undefined when absent or bad. */
export function parseRetryAfter(
  header: string | null,
  now: number,
  policy: RetryPolicy,
): number | undefined {
  if (!header) return undefined;
  const text = header.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    ms = at - now;
  }
  return Math.min(Math.max(ms, policy.minDelayMs), policy.maxRetryAfterMs);
}

/** The longest wait this policy ever sets; anything further ahead is a clock that moved back. */
export function trustHorizon(policy: RetryPolicy): number {
  return Math.max(policy.maxDelayMs, policy.maxRetryAfterMs);
}

/** When a record is really due: its time, or now if that time cannot be trusted. */
export function effectiveDueAt(nextAttemptAt: number, now: number, policy: RetryPolicy): number {
  return nextAttemptAt - now > trustHorizon(policy) ? now : nextAttemptAt;
}

/** True when a lease has run out, or was set by a clock that has since moved back. */
export function leaseExpired(leaseUntil: number | null, now: number, leaseMs: number): boolean {
  return leaseUntil === null || leaseUntil <= now || leaseUntil - now > leaseMs;
}

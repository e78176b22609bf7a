import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY as policy,
  effectiveDueAt,
  leaseExpired,
  parseRetryAfter,
} from './retry-schedule';

const now = Date.UTC(2025, 6, 1);

describe('retry schedule', () => {
  it('doubles the ceiling per attempt up to the cap, never below the floor', () => {
    expect(backoffDelay(1, () => 0.999_999, policy)).toBe(4999);
    expect(backoffDelay(2, () => 0.999_999, policy)).toBe(9999);
    expect(backoffDelay(1, () => 0, policy)).toBe(policy.minDelayMs);
    expect(backoffDelay(50, () => 0.999_999, policy)).toBeLessThanOrEqual(policy.maxDelayMs);
    expect(backoffDelay(10_000, () => 0.5, policy)).toBe(policy.maxDelayMs / 2);
  });

  it('reads Retry-After as seconds or a date, capped, and ignores nonsense', () => {
    expect(parseRetryAfter('120', now, policy)).toBe(120_000);
    expect(parseRetryAfter(new Date(now + 90_000).toUTCString(), now, policy)).toBe(90_000);
    expect(parseRetryAfter('999999', now, policy)).toBe(policy.maxRetryAfterMs);
    expect(parseRetryAfter('0', now, policy)).toBe(policy.minDelayMs);
    expect(parseRetryAfter('soon', now, policy)).toBeUndefined();
    expect(parseRetryAfter(null, now, policy)).toBeUndefined();
  });

  it('treats a due time beyond any delay we set as due now (the clock moved back)', () => {
    expect(effectiveDueAt(now + 5_000, now, policy)).toBe(now + 5_000);
    expect(effectiveDueAt(now + policy.maxRetryAfterMs, now, policy)).toBe(
      now + policy.maxRetryAfterMs,
    );
    expect(effectiveDueAt(now + 2 * 86_400_000, now, policy)).toBe(now);
    expect(effectiveDueAt(now - 30 * 86_400_000, now, policy)).toBe(now - 30 * 86_400_000);
  });

  it('lets a lease lapse by time, or at once if it reaches beyond its own length', () => {
    expect(leaseExpired(now + 1_000, now, 60_000)).toBe(false);
    expect(leaseExpired(now, now, 60_000)).toBe(true);
    expect(leaseExpired(now + 2 * 86_400_000, now, 60_000)).toBe(true);
    expect(leaseExpired(null, now, 60_000)).toBe(true);
  });
});

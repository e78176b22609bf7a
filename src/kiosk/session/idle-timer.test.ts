import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer, MAX_HOLD_MS, type IdleState } from './idle-timer';

describe('idle timer', () => {
  let seen: IdleState[];
  const make = () =>
    createIdleTimer({ warnAfterMs: 90_000, countdownMs: 20_000, onChange: (s) => seen.push(s) });

  beforeEach(() => {
    vi.useFakeTimers();
    seen = [];
  });
  afterEach(() => vi.useRealTimers());

  it('does nothing until started', () => {
    const timer = make();
    vi.advanceTimersByTime(200_000);
    expect(timer.state().phase).toBe('stopped');
    expect(seen).toEqual([]);
  });

  it('warns after the quiet time, counts down each second, then expires', () => {
    const timer = make();
    timer.start();
    vi.advanceTimersByTime(89_999);
    expect(timer.state().phase).toBe('active');
    vi.advanceTimersByTime(1);
    expect(timer.state()).toEqual({ phase: 'warning', secondsLeft: 20 });
    vi.advanceTimersByTime(1_000);
    expect(timer.state()).toEqual({ phase: 'warning', secondsLeft: 19 });
    vi.advanceTimersByTime(18_999);
    expect(timer.state()).toEqual({ phase: 'warning', secondsLeft: 1 });
    vi.advanceTimersByTime(1);
    expect(timer.state()).toEqual({ phase: 'expired', secondsLeft: 0 });
    const countdown = seen.filter((s) => s.phase === 'warning').map((s) => s.secondsLeft);
    expect(countdown).toEqual([
      20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1,
    ]);
    vi.advanceTimersByTime(500_000);
    expect(seen.at(-1)?.phase).toBe('expired');
    expect(seen.filter((s) => s.phase === 'expired')).toHaveLength(1);
  });

  it('starts no countdown while held (a reading aloud); the quiet time starts when let go', () => {
    const timer = make();
    timer.start();
    vi.advanceTimersByTime(60_000);
    timer.hold(true);
    vi.advanceTimersByTime(MAX_HOLD_MS - 1_000);
    expect(timer.state().phase).toBe('active');
    timer.hold(false);
    vi.advanceTimersByTime(89_999);
    expect(timer.state().phase).toBe('active');
    vi.advanceTimersByTime(1);
    expect(timer.state().phase).toBe('warning');
  });

  it('a hold never lasts longer than MAX_HOLD_MS: a reading that never ends cannot keep a session open', () => {
    const timer = make();
    timer.start();
    timer.hold(true);
    vi.advanceTimersByTime(MAX_HOLD_MS - 1);
    expect(timer.state().phase).toBe('active');
    vi.advanceTimersByTime(1);
    expect(timer.state().phase).toBe('warning');
    vi.advanceTimersByTime(20_000);
    expect(timer.state().phase).toBe('expired');
  });

  it('a hold does not stop a countdown already showing: only "keep going" does', () => {
    const timer = make();
    timer.start();
    vi.advanceTimersByTime(90_000);
    timer.hold(true);
    vi.advanceTimersByTime(20_000);
    expect(timer.state().phase).toBe('expired');
  });

  it('starts the quiet time again on every touch while active', () => {
    const timer = make();
    timer.start();
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(80_000);
      timer.activity();
    }
    expect(timer.state().phase).toBe('active');
    vi.advanceTimersByTime(90_000);
    expect(timer.state().phase).toBe('warning');
  });

  it('ignores stray touches during the countdown; only "keep going" returns to active', () => {
    const timer = make();
    timer.start();
    vi.advanceTimersByTime(95_000);
    timer.activity();
    expect(timer.state()).toEqual({ phase: 'warning', secondsLeft: 15 });
    timer.keepGoing();
    expect(timer.state()).toEqual({ phase: 'active', secondsLeft: 20 });
    vi.advanceTimersByTime(89_000);
    expect(timer.state().phase).toBe('active');
    vi.advanceTimersByTime(1_000);
    expect(timer.state()).toEqual({ phase: 'warning', secondsLeft: 20 });
  });

  it('stops for good when the session ends another way', () => {
    const timer = make();
    timer.start();
    vi.advanceTimersByTime(100_000);
    timer.stop();
    vi.advanceTimersByTime(500_000);
    expect(timer.state().phase).toBe('stopped');
    expect(seen.some((s) => s.phase === 'expired')).toBe(false);
  });

  it('rounds a countdown that is not whole seconds up, and still ends on time', () => {
    const timer = createIdleTimer({
      warnAfterMs: 1_000,
      countdownMs: 2_500,
      onChange: (s) => seen.push(s),
    });
    timer.start();
    vi.advanceTimersByTime(1_000);
    expect(timer.state().secondsLeft).toBe(3);
    vi.advanceTimersByTime(500);
    expect(timer.state().secondsLeft).toBe(2);
    vi.advanceTimersByTime(2_000);
    expect(timer.state().phase).toBe('expired');
  });
});

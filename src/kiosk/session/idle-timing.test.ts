import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_TIMING, effectiveIdleTiming, parseIdleOverride } from './idle-timing';

describe('idle timing', () => {
  it('reads whole seconds from the start-up query and ignores anything else', () => {
    expect(parseIdleOverride('?idle=3&countdown=4')).toEqual({
      warnAfterSeconds: 3,
      countdownSeconds: 4,
    });
    expect(parseIdleOverride('?idle=0&countdown=-2')).toEqual({});
    expect(parseIdleOverride('?idle=abc&countdown=1.5')).toEqual({});
    expect(parseIdleOverride('')).toEqual({});
  });

  it('can only shorten the site times', () => {
    expect(effectiveIdleTiming(DEFAULT_IDLE_TIMING, { warnAfterSeconds: 3 })).toEqual({
      warnAfterSeconds: 3,
      countdownSeconds: 20,
    });
    expect(
      effectiveIdleTiming(DEFAULT_IDLE_TIMING, { warnAfterSeconds: 9999, countdownSeconds: 9999 }),
    ).toEqual(DEFAULT_IDLE_TIMING);
  });
});

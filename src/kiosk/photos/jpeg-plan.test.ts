import { describe, expect, it } from 'vitest';
import { fitLongSide, jpegAttempts, nextAttempt, PHOTO_LIMITS } from './jpeg-plan';

describe('fitLongSide', () => {
  it('shrinks a 12-megapixel frame to 2000 px on its long side, either way up', () => {
    expect(fitLongSide(4000, 3000, 2000)).toEqual({ width: 2000, height: 1500 });
    expect(fitLongSide(3000, 4000, 2000)).toEqual({ width: 1500, height: 2000 });
  });

  it('never enlarges, and never reaches zero', () => {
    expect(fitLongSide(640, 480, 2000)).toEqual({ width: 640, height: 480 });
    expect(fitLongSide(10_000, 3, 2000)).toEqual({ width: 2000, height: 1 });
  });
});

describe('jpegAttempts', () => {
  it('lowers quality at full size first, then the size', () => {
    const attempts = jpegAttempts(4000, 3000);
    expect(attempts.slice(0, 4)).toEqual([
      { width: 2000, height: 1500, quality: 0.85 },
      { width: 2000, height: 1500, quality: 0.75 },
      { width: 2000, height: 1500, quality: 0.65 },
      { width: 2000, height: 1500, quality: 0.55 },
    ]);
    const sizes = attempts.slice(4).map((a) => a.width);
    expect(sizes).toEqual([1600, 1280, 1024, 819, 655, 524]);
    expect(attempts.every((a) => Math.max(a.width, a.height) <= PHOTO_LIMITS.maxLongSide)).toBe(
      true,
    );
  });

  it('stops shrinking once a tiny image cannot get smaller', () => {
    expect(jpegAttempts(2, 1).map((a) => [a.width, a.height])).toEqual([
      [2, 1],
      [2, 1],
      [2, 1],
      [2, 1],
    ]);
    expect(jpegAttempts(10, 5).map((a) => a.width)).toEqual([10, 10, 10, 10, 8, 6, 5, 4, 3, 2]);
  });
});

describe('nextAttempt', () => {
  const attempts = jpegAttempts(4000, 3000);
  const max = PHOTO_LIMITS.maxBytes;

  it('tries the next quality when the first is only a little too big', () => {
    expect(nextAttempt(attempts, 0, max * 1.2, max)).toBe(1);
  });

  it('skips qualities that cannot help when the photo is far too big', () => {
    const next = nextAttempt(attempts, 0, max * 4, max)!;
    expect(attempts[next]!.width).toBeLessThan(2000);
  });

  it('ends after the last attempt, and falls back to the last when nothing would fit', () => {
    expect(nextAttempt(attempts, attempts.length - 1, max * 2, max)).toBeUndefined();
    expect(nextAttempt(attempts, 0, max * 1000, max)).toBe(attempts.length - 1);
  });
});

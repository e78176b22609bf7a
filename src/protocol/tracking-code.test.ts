import { describe, expect, it } from 'vitest';
import {
  makeTrackingCode,
  normalizeKioskPrefix,
  normalizeTrackingCode,
  parseTrackingCode,
  TRACKING_COUNTER_MAX,
  TrackingCodeError,
} from './tracking-code';

const SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

// A small deterministic generator, so a failure names a code that can be replayed.
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomCode(rand: () => number): string {
  const prefix = Array.from({ length: 3 }, () => SYMBOLS[Math.floor(rand() * 32)]).join('');
  return makeTrackingCode(prefix, Math.floor(rand() * (TRACKING_COUNTER_MAX + 1)));
}

const symbolsOf = (code: string) => code.replace(/-/g, '').split('');
const regroup = (s: string[]) => `${s.slice(0, 3).join('')}-${s.slice(3, 7).join('')}-${s[7]}`;

describe('tracking codes', () => {
  it('prints as PPP-CCCC-K (counter in base32), 10 characters, and reads back', () => {
    const code = makeTrackingCode('K7Q', 42);
    expect(code).toMatch(/^K7Q-001A-[0-9A-HJKMNP-TV-Z]$/);
    expect(code.length).toBeLessThanOrEqual(14);
    expect(parseTrackingCode(code)).toEqual({ ok: true, code, prefix: 'K7Q', counter: 42 });
  });

  it('round-trips the whole counter range ends and random codes', () => {
    for (const counter of [0, 1, 31, 32, 1023, 1024, TRACKING_COUNTER_MAX]) {
      const parsed = parseTrackingCode(makeTrackingCode('000', counter));
      expect(parsed).toMatchObject({ ok: true, counter });
    }
    const rand = lcg(1);
    for (let i = 0; i < 2000; i++) {
      const code = randomCode(rand);
      expect(normalizeTrackingCode(code)).toBe(code);
    }
  });

  it('has room for ten years at 100 a day', () => {
    expect(TRACKING_COUNTER_MAX).toBeGreaterThanOrEqual(10 * 366 * 100);
  });

  it('forgives case, spaces, dashes and I/L/O typed for 1/1/0', () => {
    const code = makeTrackingCode('1Q0', 1000);
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
    expect(normalizeTrackingCode(typed)).toBe(code);
    expect(normalizeTrackingCode(` ${code.replace(/-/g, '')} `)).toBe(code);
    expect(normalizeTrackingCode(code.replace('1', 'I'))).toBe(code);
  });

  it('says why an input is not a code', () => {
    expect(parseTrackingCode(' - ')).toEqual({ ok: false, problem: 'EMPTY' });
    expect(parseTrackingCode('K7Q-00U2-X')).toEqual({ ok: false, problem: 'BAD_CHARACTER' });
    expect(parseTrackingCode('K7Q-0042')).toEqual({ ok: false, problem: 'BAD_LENGTH' });
    expect(parseTrackingCode('K7Q-00420-XY')).toEqual({ ok: false, problem: 'BAD_LENGTH' });
  });

  it('catches every single substitution, at every position, on 2,000 codes', () => {
    // The check is linear, so whether a slip is caught depends only on its position and on
    // the two symbols; these codes cover every (position, old, new) triple many times over.
    const rand = lcg(2);
    const escaped: string[] = [];
    let tried = 0;
    for (let n = 0; n < 2000; n++) {
      const s = symbolsOf(randomCode(rand));
      for (let pos = 0; pos < 8; pos++) {
        for (const replacement of SYMBOLS) {
          if (replacement === s[pos]) continue;
          const wrong = [...s];
          wrong[pos] = replacement;
          if (parseTrackingCode(regroup(wrong)).ok) escaped.push(regroup(wrong));
          tried++;
        }
      }
    }
    expect(escaped).toEqual([]);
    expect(tried).toBe(2000 * 8 * 31);
  });

  it('catches every transposition of two different symbols, adjacent or not', () => {
    const rand = lcg(3);
    const escaped: string[] = [];
    let tried = 0;
    for (let n = 0; n < 2000; n++) {
      const s = symbolsOf(randomCode(rand));
      for (let i = 0; i < 8; i++) {
        for (let j = i + 1; j < 8; j++) {
          if (s[i] === s[j]) continue;
          const swapped = [...s];
          [swapped[i], swapped[j]] = [s[j]!, s[i]!];
          if (parseTrackingCode(regroup(swapped)).ok) escaped.push(regroup(swapped));
          tried++;
        }
      }
    }
    expect(escaped).toEqual([]);
    expect(tried).toBeGreaterThan(2000 * 20);
  });

  it('catches every adjacent swap for every pair of symbols at every position', () => {
    // Exhaustive over (position, a, b): 7 × 32 × 31 swaps, each inside otherwise random codes.
    const rand = lcg(4);
    const escaped: string[] = [];
    for (let pos = 0; pos < 7; pos++) {
      for (const a of SYMBOLS) {
        for (const b of SYMBOLS) {
          if (a === b) continue;
          const data = symbolsOf(randomCode(rand)).slice(0, 7);
          data[pos] = a;
          if (pos + 1 < 7) data[pos + 1] = b;
          const counter = parseInt(
            data
              .slice(3)
              .map((ch) => SYMBOLS.indexOf(ch).toString(32))
              .join(''),
            32,
          );
          const s = symbolsOf(makeTrackingCode(data.slice(0, 3).join(''), counter));
          if (s[pos] === s[pos + 1]) continue;
          [s[pos], s[pos + 1]] = [s[pos + 1]!, s[pos]!];
          if (parseTrackingCode(regroup(s)).ok) escaped.push(regroup(s));
        }
      }
    }
    expect(escaped).toEqual([]);
  });

  it('refuses a bad prefix or counter with a stable code', () => {
    expect(() => makeTrackingCode('K7', 1)).toThrow(TrackingCodeError);
    expect(() => makeTrackingCode('KUQ', 1)).toThrow(
      expect.objectContaining({ code: 'BAD_PREFIX' }),
    );
    expect(() => makeTrackingCode('K7Q', TRACKING_COUNTER_MAX + 1)).toThrow(
      expect.objectContaining({ code: 'COUNTER_OUT_OF_RANGE' }),
    );
    expect(() => makeTrackingCode('K7Q', 1.5)).toThrow(TrackingCodeError);
    expect(normalizeKioskPrefix('k7q')).toBe('K7Q');
    expect(normalizeKioskPrefix('K7QQ')).toBeUndefined();
  });
});

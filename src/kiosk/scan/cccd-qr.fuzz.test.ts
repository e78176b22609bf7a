// 100,000 random inputs: the parser must never throw and never take long on one input, so no
// pattern in it can backtrack badly on what a camera happens to decode.
import { describe, expect, it } from 'vitest';
import { parseCccdQr } from './cccd-qr';

/** A small seeded generator (mulberry32), so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VIETNAMESE =
  'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
const PIECES = ['|', '||', ' ', 'Nam', 'Nữ', '001090123456', '01011990', 'Nguyễn', 'á»…', '\u202e'];

function randomText(next: () => number): string {
  const pick = <T>(list: ArrayLike<T>) => list[Math.floor(next() * list.length)]!;
  // Mostly short, as decoded QRs are; now and then far beyond the length limit.
  const length = next() < 0.05 ? Math.floor(next() * 12_000) : Math.floor(next() * 300);
  const mix = next();
  let out = '';
  while (out.length < length) {
    const r = next();
    if (r < mix * 0.3) out += '|';
    else if (r < 0.45) out += String(Math.floor(next() * 10));
    else if (r < 0.65) out += pick(VIETNAMESE);
    else if (r < 0.8) out += pick(PIECES);
    else if (r < 0.9) out += String.fromCharCode(Math.floor(next() * 0x10000));
    else out += String.fromCodePoint(Math.floor(next() * 0x10ffff));
  }
  return out;
}

/** A real-looking payload with a few fields swapped, cut or spliced, to reach the deep paths. */
function nearCard(next: () => number): string {
  const fields = [
    '001090123456',
    '',
    'Nguyễn Văn An',
    '01011990',
    'Nam',
    'Số 1, Hà Nội',
    '15042021',
  ];
  const times = 1 + Math.floor(next() * 3);
  for (let i = 0; i < times; i++) {
    const at = Math.floor(next() * fields.length);
    const r = next();
    if (r < 0.3) fields.splice(at, 1);
    else if (r < 0.6) fields.splice(at, 0, randomText(next).slice(0, 20));
    else fields[at] = randomText(next).slice(0, 40);
  }
  return fields.join('|');
}

describe('parseCccdQr fuzz', () => {
  it('survives 100,000 random strings, each parsed in under 50 ms', () => {
    const next = random(20_250_701);
    let slowest = 0;
    let accepted = 0;
    for (let i = 0; i < 100_000; i++) {
      const text = i % 4 === 0 ? nearCard(next) : randomText(next);
      const started = performance.now();
      let result;
      try {
        result = parseCccdQr(text);
      } catch (error) {
        throw new Error(`threw on input #${i}: ${JSON.stringify(text.slice(0, 200))}`, {
          cause: error,
        });
      }
      let took = performance.now() - started;
      // A pause of the machine (garbage collection, another process) is not the parser's:
      // a slow input is timed again, and only an input slow every time counts.
      for (let again = 0; took >= 50 && again < 3; again++) {
        const retried = performance.now();
        parseCccdQr(text);
        took = Math.min(took, performance.now() - retried);
      }
      slowest = Math.max(slowest, took);
      if (result.ok) accepted++;
    }
    expect(slowest).toBeLessThan(50);
    // Mutated cards are mostly refused; the fuzz must still reach the accepting path sometimes.
    expect(accepted).toBeGreaterThan(0);
  });
});

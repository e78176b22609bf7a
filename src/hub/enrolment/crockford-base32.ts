// Crockford's base32 alphabet, the one tracking codes use: no I, L, O or U, so what staff
// read off a screen or a slip of paper types back the same on the kiosk's keyboard.
import { randomInt } from 'node:crypto';

/** The 32 symbols, in value order. */
export const CROCKFORD_SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const LOOKALIKES: Record<string, string> = { I: '1', L: '1', O: '0' };

/** `length` symbols drawn uniformly from a cryptographic source. */
export function randomCrockford(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CROCKFORD_SYMBOLS[randomInt(32)];
  return out;
}

/** Upper-cases, drops spaces and dashes, reads I/L as 1 and O as 0; undefined if another symbol is left. */
export function normalizeCrockford(input: string): string | undefined {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s\u2010-\u2015_-]+/g, '')
    .replace(/[ILO]/g, (ch) => LOOKALIKES[ch] ?? ch);
  return [...cleaned].every((ch) => CROCKFORD_SYMBOLS.includes(ch)) ? cleaned : undefined;
}

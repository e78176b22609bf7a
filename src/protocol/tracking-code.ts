// Tracking codes the kiosk makes offline: kiosk prefix + per-kiosk counter + check symbol,
// in Crockford base32, printed as `K7Q-0042-X` (10 characters).
//
// Why this check symbol: a weighted sum modulo a prime p catches every single substitution
// and every transposition when the alphabet is smaller than p (ISO 7064's pure systems), but
// over 32 symbols that means p = 37 and five extra check symbols (Crockford's `*~$=U`), which
// are hard to read aloud, to find on a phone keyboard, or to put in a URL. Base32 symbols are
// exactly the elements of the field GF(32), so we take the same weighted sum in GF(32):
// the eight symbols s0..s7 (s7 the check) satisfy Σ α^(7-i)·s_i = 0, α a generator
// (x^5 + x^2 + 1). A substitution adds α^k·e with e ≠ 0, never 0 in a field; a swap of two
// different symbols a, b at positions i ≠ j adds (α^(7-i) + α^(7-j))·(a + b), never 0 because
// the weights α^7..α^0 are distinct (α has order 31). So every single slip and every swap —
// adjacent or not — is caught, with a check symbol from the same alphabet.

const SYMBOLS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const VALUE = new Map<string, number>([
  ...[...SYMBOLS].map((ch, i): [string, number] => [ch, i]),
  // Crockford's decoding: letters that look like digits read as those digits.
  ['I', 1],
  ['L', 1],
  ['O', 0],
]);
const SEPARATORS = /[\s\u2010-\u2015_-]+/g;

/** Symbols in a kiosk prefix, given at enrolment (32,768 kiosks). */
export const KIOSK_PREFIX_LENGTH = 3;
const COUNTER_LENGTH = 4;
const CODE_SYMBOLS = KIOSK_PREFIX_LENGTH + COUNTER_LENGTH + 1;

/** Highest counter: 1,048,575 codes, about 28 years at 100 submissions a day. */
export const TRACKING_COUNTER_MAX = 32 ** COUNTER_LENGTH - 1;

/** Why an input is not a tracking code, for the person typing it. */
export type TrackingCodeProblem = 'EMPTY' | 'BAD_CHARACTER' | 'BAD_LENGTH' | 'BAD_CHECK';

/** A parsed code: its canonical printed form and its parts, or why it is not one. */
export type ParsedTrackingCode =
  | { ok: true; code: string; prefix: string; counter: number }
  | { ok: false; problem: TrackingCodeProblem };

/** Raised only for programming errors: a bad prefix or counter passed to `makeTrackingCode`. */
export class TrackingCodeError extends Error {
  constructor(readonly code: 'BAD_PREFIX' | 'COUNTER_OUT_OF_RANGE') {
    super(`tracking code: ${code}`);
    this.name = 'TrackingCodeError';
  }
}

function timesAlpha(x: number): number {
  const y = x << 1;
  return y & 32 ? y ^ 0b100101 : y;
}

/** Σ α^(n-1-i)·v_i in GF(32), by Horner's rule (addition is XOR). */
function weightedSum(values: readonly number[]): number {
  let acc = 0;
  for (const v of values) acc = timesAlpha(acc) ^ v;
  return acc;
}

function toValues(input: string): number[] | undefined {
  const values: number[] = [];
  for (const ch of input.toUpperCase().replace(SEPARATORS, '')) {
    const v = VALUE.get(ch);
    if (v === undefined) return undefined;
    values.push(v);
  }
  return values;
}

function format(values: readonly number[]): string {
  const s = values.map((v) => SYMBOLS[v]).join('');
  const p = KIOSK_PREFIX_LENGTH;
  return `${s.slice(0, p)}-${s.slice(p, p + COUNTER_LENGTH)}-${s.slice(p + COUNTER_LENGTH)}`;
}

/** A kiosk prefix in canonical form (upper case, Crockford), or undefined if it is not one. */
export function normalizeKioskPrefix(input: string): string | undefined {
  const values = toValues(input);
  if (!values || values.length !== KIOSK_PREFIX_LENGTH) return undefined;
  return values.map((v) => SYMBOLS[v]).join('');
}

/** The printed code for a kiosk's nth submission. */
export function makeTrackingCode(prefix: string, counter: number): string {
  const prefixValues = toValues(prefix);
  if (!prefixValues || prefixValues.length !== KIOSK_PREFIX_LENGTH) {
    throw new TrackingCodeError('BAD_PREFIX');
  }
  if (!Number.isSafeInteger(counter) || counter < 0 || counter > TRACKING_COUNTER_MAX) {
    throw new TrackingCodeError('COUNTER_OUT_OF_RANGE');
  }
  const counterValues: number[] = [];
  for (let i = COUNTER_LENGTH - 1; i >= 0; i--) counterValues.push((counter >> (5 * i)) & 31);
  const data = [...prefixValues, ...counterValues];
  return format([...data, timesAlpha(weightedSum(data))]);
}

/** Reads a typed or scanned code, forgiving case, separators and I/L/O for 1/1/0. */
export function parseTrackingCode(input: string): ParsedTrackingCode {
  if (input.replace(SEPARATORS, '') === '') return { ok: false, problem: 'EMPTY' };
  const values = toValues(input);
  if (!values) return { ok: false, problem: 'BAD_CHARACTER' };
  if (values.length !== CODE_SYMBOLS) return { ok: false, problem: 'BAD_LENGTH' };
  if (weightedSum(values) !== 0) return { ok: false, problem: 'BAD_CHECK' };
  let counter = 0;
  for (const v of values.slice(KIOSK_PREFIX_LENGTH, KIOSK_PREFIX_LENGTH + COUNTER_LENGTH)) {
    counter = counter * 32 + v;
  }
  const code = format(values);
  return { ok: true, code, prefix: code.slice(0, KIOSK_PREFIX_LENGTH), counter };
}

/** The canonical printed form (`K7Q-0042-X`) of a valid code, or undefined. */
export function normalizeTrackingCode(input: string): string | undefined {
  const parsed = parseTrackingCode(input);
  return parsed.ok ? parsed.code : undefined;
}

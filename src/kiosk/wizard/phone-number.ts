// Vietnamese phone numbers as residents write them ("091 234 5678", "0912.345.678",
// "+84 912 345 678") reduced to one form, "0912345678", so officers can call them back.
// Mobile numbers have 10 digits (03, 05, 07, 08, 09 after the 2018 renumbering); landlines
// have 11 with a 02x area code (since 2017).
import type { ValidationCode } from './validation-issue';

/** The result: the number in national form, or why it is not a number we can call. */
export type PhoneCheck =
  | { ok: true; national: string; kind: 'mobile' | 'landline' }
  | { ok: false; code: Extract<ValidationCode, 'PHONE_INVALID' | 'PHONE_LENGTH' | 'PHONE_PREFIX'> };

const MOBILE_PREFIXES = ['03', '05', '07', '08', '09'];

/** Checks and normalises a phone number typed or read aloud by a resident. */
export function checkPhone(text: string): PhoneCheck {
  const compact = text.trim().replace(/[\s.\-()]/g, '');
  if (!/^\+?\d+$/.test(compact)) return { ok: false, code: 'PHONE_INVALID' };
  let national = compact;
  if (compact.startsWith('+84')) national = `0${compact.slice(3)}`;
  else if (compact.startsWith('0084')) national = `0${compact.slice(4)}`;
  else if (compact.startsWith('+')) return { ok: false, code: 'PHONE_PREFIX' };
  if (!national.startsWith('0')) return { ok: false, code: 'PHONE_PREFIX' };
  const prefix = national.slice(0, 2);
  if (MOBILE_PREFIXES.includes(prefix)) {
    return national.length === 10
      ? { ok: true, national, kind: 'mobile' }
      : { ok: false, code: 'PHONE_LENGTH' };
  }
  if (prefix === '02') {
    return national.length === 11
      ? { ok: true, national, kind: 'landline' }
      : { ok: false, code: 'PHONE_LENGTH' };
  }
  return { ok: false, code: national.length < 3 ? 'PHONE_LENGTH' : 'PHONE_PREFIX' };
}

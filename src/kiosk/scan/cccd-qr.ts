// Reads the QR on a Vietnamese citizen ID card (CCCD, and the căn cước cards from July 2024):
//   <12-digit ID>|<old 9-digit CMND or empty>|<full name>|<ddmmyyyy>|<Nam|Nữ>|<address>|<ddmmyyyy>
// Fields are found by their shape (a 12-digit number, an 8-digit date beside a sex word), since
// one variant leaves out the old ID and newer cards add fields at the end. Anything else a
// resident might hold up — a URL, a receipt, a bank QR — is refused with its own code.
import { isoDateFromDdmmyyyy } from '../wizard/calendar-date';
import { cccdMismatches, checkCccdNumber } from './cccd-number';
import { looksMisread, repairMojibake } from './mojibake';

/** The identity a card's QR holds; dates are ISO ("1990-01-31"). */
export interface CccdIdentity {
  idNumber: string;
  oldIdNumber?: string;
  fullName: string;
  dateOfBirth: string;
  sex: 'male' | 'female';
  /** The permanent address as printed, which may still name a district (before July 2025). */
  address: string;
  issueDate?: string;
  /** Fields after the issue date on newer cards, kept as read (NFC) for the officer. */
  extra: string[];
}

/** Why a QR was refused; the text a resident reads is in cccd-qr-text.ts. */
export type CccdQrCode =
  | 'EMPTY'
  | 'TOO_LONG'
  | 'NOT_CCCD'
  | 'GARBLED'
  | 'UNSAFE_TEXT'
  | 'BAD_ID'
  | 'ID_MISMATCH'
  | 'BAD_DATE';

/** A parsed identity (`repaired` when the decoder's wrong text encoding was put right), or a code. */
export type CccdQrResult =
  { ok: true; identity: CccdIdentity; repaired: boolean } | { ok: false; code: CccdQrCode };

/** Longer than any card's QR, even with a family list; checked before any other work. */
export const CCCD_QR_MAX_LENGTH = 1200;

const ID = /^\d{12}$/;
const OLD_ID = /^(?:\d{9}|\d{12})?$/;
const DATE = /^\d{8}$/;
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} '.-]{0,99}$/u;
// Control, bidirectional and invisible characters, and markup: never on a card, and each could
// hide or disguise what the officer reads.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point.
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff<>]/;

const refuse = (code: CccdQrCode): CccdQrResult => ({ ok: false, code });

function sexOf(field: string): 'male' | 'female' | undefined {
  const word = field.toLowerCase();
  if (word === 'nam') return 'male';
  if (word === 'nữ' || word === 'nu') return 'female';
  return undefined;
}

/** Finds the date of birth and the sex word side by side, in either order. */
function locateBirthAndSex(fields: string[]): { dob: number; sex: number } | undefined {
  for (let i = 1; i + 1 < fields.length; i++) {
    const here = fields[i]!;
    const next = fields[i + 1]!;
    if (DATE.test(here) && sexOf(next)) return { dob: i, sex: i + 1 };
    if (sexOf(here) && DATE.test(next)) return { dob: i + 1, sex: i };
  }
  return undefined;
}

const tidy = (field: string) => field.trim().replace(/\s+/g, ' ');

/** Parses a decoded QR text; never throws, whatever the input. */
export function parseCccdQr(raw: string): CccdQrResult {
  if (typeof raw !== 'string') return refuse('NOT_CCCD');
  const trimmed = raw.trim();
  if (trimmed === '') return refuse('EMPTY');
  if (trimmed.length > CCCD_QR_MAX_LENGTH) return refuse('TOO_LONG');
  if (!trimmed.includes('|') || !trimmed.split('|').some((f) => ID.test(f.trim()))) {
    return refuse('NOT_CCCD');
  }
  const repair = repairMojibake(trimmed);
  if (repair.kind === 'garbled') return refuse('GARBLED');
  // No-break and other wide spaces become plain ones; a misread pair left after that means the
  // text was only partly misread, which cannot be put right.
  const text = repair.text.normalize('NFC').replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ');
  if (looksMisread(text)) return refuse('GARBLED');

  const fields = text.split('|').map(tidy);
  const at = locateBirthAndSex(fields);
  if (!at) return refuse('NOT_CCCD');
  const nameIndex = Math.min(at.dob, at.sex) - 1;
  if (nameIndex < 1 || nameIndex > 2) return refuse('NOT_CCCD');
  const idNumber = fields[0]!;
  const oldId = nameIndex === 2 ? fields[1]! : '';
  if (!ID.test(idNumber) || !OLD_ID.test(oldId)) return refuse('NOT_CCCD');
  if (UNSAFE.test(text)) return refuse('UNSAFE_TEXT');
  const fullName = fields[nameIndex]!;
  if (!NAME.test(fullName)) return refuse('NOT_CCCD');

  const afterPair = Math.max(at.dob, at.sex) + 1;
  const address = fields[afterPair] ?? '';
  const issueField = fields[afterPair + 1];
  const hasIssueDate = issueField !== undefined && DATE.test(issueField);
  const extra = fields.slice(afterPair + (hasIssueDate ? 2 : 1));

  if (checkCccdNumber(idNumber)) return refuse('BAD_ID');
  const dateOfBirth = isoDateFromDdmmyyyy(fields[at.dob]!);
  const issueDate = hasIssueDate ? isoDateFromDdmmyyyy(issueField) : undefined;
  if (!dateOfBirth || dateOfBirth < '1900-01-01' || (hasIssueDate && !issueDate)) {
    return refuse('BAD_DATE');
  }
  if (issueDate && issueDate < dateOfBirth) return refuse('BAD_DATE');
  const sex = sexOf(fields[at.sex]!)!;
  if (cccdMismatches(idNumber, sex, Number(dateOfBirth.slice(0, 4))).length) {
    return refuse('ID_MISMATCH');
  }
  const identity: CccdIdentity = { idNumber, fullName, dateOfBirth, sex, address, extra };
  if (oldId) identity.oldIdNumber = oldId;
  if (issueDate) identity.issueDate = issueDate;
  return { ok: true, identity, repaired: repair.kind === 'repaired' };
}

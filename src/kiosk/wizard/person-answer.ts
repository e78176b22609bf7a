// Checking a person answer (name, date of birth, sex, CCCD number, address as on the card),
// whether it came from the card's QR or was typed. A typed CCCD number is checked against the
// sex and year of birth it encodes, which catches most slips of a finger.
import type { Question } from '../../protocol/config/procedure-question';
import { cccdMismatches, checkCccdNumber, compactCccdNumber } from '../scan/cccd-number';
import type { CccdIdentity } from '../scan/cccd-qr';
import { asRecord, textField, type PersonAnswer } from './answer-shapes';
import { checkDate } from './date-answer';
import { issue, type ValidationIssue } from './validation-issue';

type AgeRange = NonNullable<Extract<Question, { type: 'person' }>['ageRange']>;

const MAX_NAME = 100;
const MAX_ADDRESS = 300;
// Nobody applying is older than this; a typed year of 1890 is a slip.
const OLDEST = 120;
const NAME = /^[\p{L}\p{M}]+(?:[ '.-][\p{L}\p{M}]+)*\.?$/u;

// People whose CCCD number a resident may not have to hand: someone who has died, a landlord,
// a household head, an intended spouse (who may be foreign). Everyone else's is asked for.
// The catalogue schema has no field for this yet; when it gains one, this table goes.
const ID_OPTIONAL: Readonly<Record<string, readonly string[]>> = {
  'khai-tu': ['deceased'],
  'tam-tru': ['owner'],
  'thuong-tru': ['household-head'],
  'xac-nhan-tinh-trang-hon-nhan': ['intended-spouse'],
};

/** Whether this procedure's person question must carry a CCCD number. */
export function personIdRequired(procedureId: string, questionId: string): boolean {
  return !ID_OPTIONAL[procedureId]?.includes(questionId);
}

/** True for a person answer with nothing filled in. */
export function isEmptyPerson(value: unknown): boolean {
  const record = asRecord(value);
  return (
    !!record && ['fullName', 'dateOfBirth', 'sex', 'idNumber'].every((k) => !textField(record, k))
  );
}

/** Checks a person answer part by part; `today` is an ISO date. */
export function validatePerson(
  value: unknown,
  rules: { idRequired: boolean; ageRange?: AgeRange; today: string },
): ValidationIssue[] {
  const record = asRecord(value);
  if (!record) return [issue('WRONG_KIND')];
  const found: ValidationIssue[] = [];
  const fullName = textField(record, 'fullName').replace(/\s+/g, ' ');
  if (!fullName) found.push(issue('REQUIRED', 'fullName'));
  else if (fullName.length > MAX_NAME) {
    found.push(issue('TEXT_TOO_LONG', 'fullName', { max: MAX_NAME }));
  } else if (!NAME.test(fullName)) found.push(issue('NAME_INVALID', 'fullName'));

  const dateOfBirth = textField(record, 'dateOfBirth');
  const birthProblems = dateOfBirth
    ? checkDate(dateOfBirth, {
        allow: 'past',
        ageRange: { min: rules.ageRange?.min, max: rules.ageRange?.max ?? OLDEST },
        today: rules.today,
      })
    : [issue('REQUIRED')];
  for (const problem of birthProblems) found.push({ ...problem, part: 'dateOfBirth' });

  const sex = record.sex;
  if (sex !== 'male' && sex !== 'female') found.push(issue('REQUIRED', 'sex'));

  const idNumber = compactCccdNumber(textField(record, 'idNumber'));
  if (!idNumber) {
    if (rules.idRequired) found.push(issue('REQUIRED', 'idNumber'));
  } else {
    const problem = checkCccdNumber(idNumber);
    if (problem) found.push(issue(problem, 'idNumber'));
    else if ((sex === 'male' || sex === 'female') && birthProblems.length === 0) {
      const mismatches = cccdMismatches(idNumber, sex, Number(dateOfBirth.slice(0, 4)));
      if (mismatches.includes('sex')) found.push(issue('CCCD_SEX_MISMATCH', 'idNumber'));
      if (mismatches.includes('year')) found.push(issue('CCCD_YEAR_MISMATCH', 'idNumber'));
    }
  }
  const address = textField(record, 'address');
  if (address.length > MAX_ADDRESS) {
    found.push(issue('TEXT_TOO_LONG', 'address', { max: MAX_ADDRESS }));
  }
  return found;
}

/** The person as the dossier records it: tidied text, no empty fields. */
export function personForPayload(value: unknown): Record<string, string> {
  const record = asRecord(value);
  const person: Record<string, string> = {
    fullName: textField(record, 'fullName').replace(/\s+/g, ' '),
    dateOfBirth: textField(record, 'dateOfBirth'),
    sex: textField(record, 'sex'),
    source: record?.source === 'scan' ? 'scan' : 'typed',
  };
  const idNumber = compactCccdNumber(textField(record, 'idNumber'));
  if (idNumber) person.idNumber = idNumber;
  for (const key of ['oldIdNumber', 'address', 'issueDate'] as const) {
    const text = textField(record, key);
    if (text) person[key] = text;
  }
  return person;
}

/** The person a scanned card describes. */
export function personFromCccd(identity: CccdIdentity): PersonAnswer {
  const person: PersonAnswer = {
    fullName: identity.fullName,
    dateOfBirth: identity.dateOfBirth,
    sex: identity.sex,
    idNumber: identity.idNumber,
    address: identity.address,
    source: 'scan',
  };
  if (identity.oldIdNumber) person.oldIdNumber = identity.oldIdNumber;
  if (identity.issueDate) person.issueDate = identity.issueDate;
  return person;
}

// The boxes a resident types into for each kind of question, as data: which keyboard each
// box gets, how long it may be, and how the typed texts become the answer (and back). Dates
// are three boxes (day, month, year) on the number pad; there is no calendar to find a year in.
import type { Question } from '../../protocol/config/procedure-question';
import type { FieldKind } from '../keyboard/keyboard-layout';
import { emptyAddress } from './address-answer';
import { asRecord, emptyPerson, type PersonAnswer } from './answer-shapes';
import type { AnswerPart } from './validation-issue';
import { TEXT_MAX_DEFAULT } from './validate-answer';

/** Extra keys above the keyboard: for e-mail addresses, or punctuation for addresses and notes. */
export type ExtraKeys = 'email' | 'punctuation';

/** One box: its key in the drafts, its keyboard and limits, and which answer part it fills. */
export interface TypedPart {
  key: string;
  kind: FieldKind;
  maxLength: number;
  capitalizeWords?: boolean;
  extraKeys?: ExtraKeys;
  /** The part of a person or address answer whose problems show under this box. */
  answerPart?: AnswerPart;
}

/** The three boxes of a date, in the order residents say a date: day, month, year. */
export const DATE_PARTS: readonly TypedPart[] = [
  { key: 'day', kind: 'number', maxLength: 2, answerPart: 'dateOfBirth' },
  { key: 'month', kind: 'number', maxLength: 2, answerPart: 'dateOfBirth' },
  { key: 'year', kind: 'number', maxLength: 4, answerPart: 'dateOfBirth' },
];

const NAME_PART: TypedPart = {
  key: 'fullName',
  kind: 'text',
  maxLength: 100,
  capitalizeWords: true,
  answerPart: 'fullName',
};
const ID_PART: TypedPart = {
  key: 'idNumber',
  kind: 'number',
  maxLength: 12,
  answerPart: 'idNumber',
};
const CARD_ADDRESS_PART: TypedPart = {
  key: 'address',
  kind: 'text',
  maxLength: 300,
  extraKeys: 'punctuation',
  answerPart: 'address',
};

/** The boxes of a question, given its current answer (a scanned card adds its address box). */
export function typedPartsOf(question: Question, answer: unknown): readonly TypedPart[] {
  switch (question.type) {
    case 'text':
      return [
        {
          key: 'text',
          kind: 'text',
          maxLength: question.maxLength ?? TEXT_MAX_DEFAULT,
          extraKeys: 'punctuation',
        },
      ];
    case 'number':
      return [{ key: 'number', kind: 'number', maxLength: 15 }];
    case 'phone':
      return [{ key: 'phone', kind: 'phone', maxLength: 11 }];
    case 'email':
      return [{ key: 'email', kind: 'text', maxLength: 254, extraKeys: 'email' }];
    case 'cccd':
      return [{ key: 'cccd', kind: 'number', maxLength: 12 }];
    case 'date':
      return DATE_PARTS;
    case 'person': {
      const withAddress = typeof asRecord(answer)?.address === 'string';
      return [NAME_PART, ...DATE_PARTS, ID_PART, ...(withAddress ? [CARD_ADDRESS_PART] : [])];
    }
    case 'address':
      return [
        {
          key: 'street',
          kind: 'text',
          maxLength: 200,
          extraKeys: 'punctuation',
          answerPart: 'street',
        },
        { key: 'ward', kind: 'text', maxLength: 100, capitalizeWords: true, answerPart: 'ward' },
      ];
    default:
      return [];
  }
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateTexts(iso: unknown): Record<string, string> {
  const match = typeof iso === 'string' ? ISO.exec(iso) : null;
  return match ? { day: match[3]!, month: match[2]!, year: match[1]! } : {};
}

/** A date from its boxes: undefined when all are empty, else ISO text the checks can judge. */
export function dateFromTexts(texts: Readonly<Record<string, string>>): string | undefined {
  const [day, month, year] = [texts.day ?? '', texts.month ?? '', texts.year ?? ''];
  if (!day && !month && !year) return undefined;
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** What each box shows for an answer that was not typed here (a scan, or coming back). */
export function textsFromAnswer(question: Question, answer: unknown): Record<string, string> {
  if (answer === undefined) return {};
  switch (question.type) {
    case 'text':
      return { text: String(answer) };
    case 'number':
      return { number: String(answer) };
    case 'phone':
      return { phone: String(answer) };
    case 'email':
      return { email: String(answer) };
    case 'cccd':
      return { cccd: String(answer) };
    case 'date':
      return dateTexts(answer);
    case 'person': {
      const person = asRecord(answer) ?? {};
      const texts: Record<string, string> = {
        fullName: String(person.fullName ?? ''),
        idNumber: String(person.idNumber ?? ''),
        ...dateTexts(person.dateOfBirth),
      };
      if (typeof person.address === 'string') texts.address = person.address;
      return texts;
    }
    case 'address': {
      const address = asRecord(answer) ?? {};
      return { street: String(address.street ?? ''), ward: String(address.ward ?? '') };
    }
    default:
      return {};
  }
}

/** The answer once the boxes hold `texts`; parts not typed (sex, province) are kept. */
export function answerFromTexts(
  question: Question,
  answer: unknown,
  texts: Readonly<Record<string, string>>,
): unknown {
  switch (question.type) {
    case 'text':
      return texts.text ?? '';
    case 'number': {
      const digits = texts.number ?? '';
      return digits === '' ? undefined : Number(digits);
    }
    case 'phone':
      return texts.phone ?? '';
    case 'email':
      return texts.email ?? '';
    case 'cccd':
      return texts.cccd ?? '';
    case 'date':
      return dateFromTexts(texts);
    case 'person': {
      const person = { ...emptyPerson(), ...asRecord(answer) } as PersonAnswer;
      const next: PersonAnswer = {
        ...person,
        fullName: texts.fullName ?? '',
        dateOfBirth: dateFromTexts(texts) ?? '',
        idNumber: texts.idNumber ?? '',
        // Whatever the resident changes by hand is theirs, not the card's.
        source: 'typed',
      };
      if (texts.address !== undefined) next.address = texts.address;
      return next;
    }
    case 'address': {
      const province = asRecord(answer)?.province;
      return {
        ...emptyAddress(typeof province === 'string' ? province : undefined),
        street: texts.street ?? '',
        ward: texts.ward ?? '',
      };
    }
    default:
      return answer;
  }
}

// Checking a date answer: a real calendar day, on the side of today the question allows, and
// for dates of birth an age that fits the procedure (e.g. 18 to register a marriage).
import type { Question } from '../../protocol/config/procedure-question';
import { ageOn, parseIsoDate } from './calendar-date';
import { issue, type ValidationIssue } from './validation-issue';

type AgeRange = NonNullable<Extract<Question, { type: 'person' }>['ageRange']>;

/** Years outside this span are slips of the finger on any form the kiosk offers. */
export const DATE_YEARS = { min: 1900, max: 2100 } as const;

/** What a date question accepts; `today` is an ISO date on the kiosk's clock. */
export interface DateRules {
  allow: 'past' | 'future' | 'any';
  ageRange?: AgeRange;
  today: string;
}

/** The problems with an ISO date answer; today itself counts as both past and future. */
export function checkDate(iso: string, rules: DateRules): ValidationIssue[] {
  const date = parseIsoDate(iso);
  if (!date) return [issue('DATE_INVALID')];
  if (date.year < DATE_YEARS.min || date.year > DATE_YEARS.max) {
    return [
      issue('DATE_OUT_OF_RANGE', undefined, {
        min: String(DATE_YEARS.min),
        max: String(DATE_YEARS.max),
      }),
    ];
  }
  if (rules.allow === 'past' && iso > rules.today) return [issue('DATE_IN_FUTURE')];
  if (rules.allow === 'future' && iso < rules.today) return [issue('DATE_IN_PAST')];
  const range = rules.ageRange;
  if (!range) return [];
  const age = ageOn(iso, rules.today);
  if (range.min !== undefined && age < range.min) {
    return [issue('AGE_TOO_LOW', undefined, { min: range.min })];
  }
  if (range.max !== undefined && age > range.max) {
    return [issue('AGE_TOO_HIGH', undefined, { max: range.max })];
  }
  return [];
}

// Answers written out for "Kiểm tra lại": the way a resident would say them, not as stored
// (dates as 15/08/1960, choices by their words, photos counted).
import type { Question } from '../../protocol/config/procedure-question';
import { language, localized, t } from '../i18n/translate';
import { matchProvince } from './address-answer';
import { asRecord, textField } from './answer-shapes';
import { parseIsoDate } from './calendar-date';
import { isEmptyAnswer } from './validate-answer';

const NUMBER_LOCALE = { vi: 'vi-VN', en: 'en-GB' } as const;

/** An ISO date as day/month/year, the order residents know; other text as it is. */
export function dateText(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.day)}/${two(date.month)}/${date.year}`;
}

/** The answer as lines to show under its question; one line for most answers. */
export function answerLines(question: Question, value: unknown): string[] {
  if (isEmptyAnswer(question, value)) return [t('wizard.summary.empty')];
  switch (question.type) {
    case 'text':
    case 'phone':
    case 'email':
    case 'cccd':
      return [String(value).trim()];
    case 'number': {
      const amount = new Intl.NumberFormat(NUMBER_LOCALE[language.value]).format(Number(value));
      return [question.unit ? `${amount} ${localized(question.unit)}` : amount];
    }
    case 'date':
      return [dateText(String(value))];
    case 'choice': {
      const option = question.options.find((o) => o.value === value);
      return [option ? localized(option.label) : String(value)];
    }
    case 'yesno':
      return [value === true ? t('wizard.yes') : t('wizard.no')];
    case 'person': {
      const person = asRecord(value);
      const lines = [textField(person, 'fullName')];
      const birth = textField(person, 'dateOfBirth');
      if (birth) lines.push(t('wizard.summary.born', { date: dateText(birth) }));
      const sex = person?.sex;
      if (sex === 'male' || sex === 'female') {
        lines.push(sex === 'male' ? t('wizard.person.male') : t('wizard.person.female'));
      }
      const id = textField(person, 'idNumber');
      if (id) lines.push(t('wizard.summary.idNumber', { id }));
      const address = textField(person, 'address');
      if (address) lines.push(address);
      return lines.filter(Boolean);
    }
    case 'address': {
      const address = asRecord(value);
      const province = textField(address, 'province');
      return [
        [
          textField(address, 'street'),
          textField(address, 'ward'),
          matchProvince(province) ?? province,
        ]
          .filter(Boolean)
          .join(', '),
      ];
    }
    case 'photo': {
      const photo = asRecord(value);
      const count = Array.isArray(photo?.photoIds) ? photo.photoIds.length : 0;
      const lines = count ? [t('wizard.summary.photos', { n: count })] : [];
      if (photo?.bringOriginal === true) lines.push(t('wizard.photo.bringOriginal'));
      return lines;
    }
    case 'consent':
      return [t('wizard.summary.agreed')];
  }
}

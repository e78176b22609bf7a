// A box the resident types into with the on-screen keyboard, with its problems under it; and
// a date as three such boxes (day, month, year) in one group.
import { t } from '../i18n/translate';
import type { MessageKey } from '../i18n/vi';
import { KeyboardField } from '../keyboard/keyboard-field';
import { FieldIssues } from './field-issues';
import { DATE_PARTS, type TypedPart } from './typed-parts';
import type { Typing } from './use-typing';
import type { ValidationIssue } from './validation-issue';

/** The label each kind of box shows (and the keyboard's "Tiếp: …" names). */
export const PART_LABELS: Readonly<Record<string, MessageKey>> = {
  text: 'wizard.field.text',
  number: 'wizard.field.number',
  phone: 'wizard.field.phone',
  email: 'wizard.field.email',
  cccd: 'wizard.field.cccd',
  day: 'wizard.date.day',
  month: 'wizard.date.month',
  year: 'wizard.date.year',
  fullName: 'wizard.person.fullName',
  idNumber: 'wizard.person.idNumber',
  address: 'wizard.person.address',
  street: 'wizard.address.street',
  ward: 'wizard.address.ward',
};

/** The label of a box, in the session's language. */
export function partLabel(part: TypedPart): string {
  const key = PART_LABELS[part.key];
  return key ? t(key) : part.key;
}

interface TypedFieldProps {
  typing: Typing;
  part: TypedPart;
  /** Unique on the screen: question id and part. */
  id: string;
  /** Overrides the usual label for this kind of box. */
  label?: string;
  hint?: string;
  issues?: readonly ValidationIssue[];
}

/** One labelled box with its hint and its problems. */
export function TypedField({ typing, part, id, label, hint, issues = [] }: TypedFieldProps) {
  const describedBy = issues.length ? `${id}-issue` : hint ? `${id}-hint` : undefined;
  return (
    <div
      class={`typed-field typed-field--${part.key} ${issues.length ? 'typed-field--issue' : ''}`}
      data-part={part.key}
    >
      <KeyboardField
        id={id}
        label={label ?? partLabel(part)}
        target={typing.target(part)}
        keyboardOpen={typing.openPart?.key === part.key}
        onOpenKeyboard={() => typing.open(part.key)}
        describedBy={describedBy}
      />
      {hint && (
        <p class="typed-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldIssues id={`${id}-issue`} issues={issues} />
    </div>
  );
}

interface DateFieldsProps {
  typing: Typing;
  id: string;
  legend: string;
  issues?: readonly ValidationIssue[];
}

/** "Ngày · Tháng · Năm": three boxes on the number pad, e.g. 15 · 08 · 1960. */
export function DateFields({ typing, id, legend, issues = [] }: DateFieldsProps) {
  return (
    <fieldset class={`date-fields ${issues.length ? 'date-fields--issue' : ''}`}>
      <legend class="date-fields__legend">{legend}</legend>
      <p class="date-fields__example" id={`${id}-example`}>
        {t('wizard.date.example')}
      </p>
      <div class="date-fields__boxes">
        {DATE_PARTS.map((part) => (
          <TypedField key={part.key} typing={typing} part={part} id={`${id}-${part.key}`} />
        ))}
      </div>
      <FieldIssues id={`${id}-issue`} issues={issues} />
    </fieldset>
  );
}

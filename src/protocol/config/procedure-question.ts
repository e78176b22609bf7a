// The wizard's questions: one per screen, each typed so the kiosk knows which input to show.
import * as v from 'valibot';
import { LocalizedText } from './text';

const StrictText = v.strictObject(LocalizedText.entries);
const Slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by dashes, e.g. child-name'),
);

/** Shows a question only when an earlier answer equals a value (yes/no answers are booleans). */
export const QuestionCondition = v.strictObject({
  questionId: Slug,
  equals: v.union([v.string(), v.number(), v.boolean()]),
});
export type QuestionCondition = v.InferOutput<typeof QuestionCondition>;

/** Age limits in whole years, for a date of birth or a person (e.g. 18 to marry). */
export const AgeRange = v.pipe(
  v.strictObject({
    min: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    max: v.optional(v.pipe(v.number(), v.integer(), v.maxValue(150))),
  }),
  v.check((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min not above max'),
);

/** One answer a resident can pick; `value` is what the dossier records. */
export const ChoiceOption = v.strictObject({ value: Slug, label: StrictText });

const base = {
  id: Slug,
  label: StrictText,
  help: v.optional(StrictText),
  required: v.boolean(),
  when: v.optional(QuestionCondition),
};

const plain = (type: 'yesno' | 'phone' | 'email' | 'cccd' | 'address' | 'consent') =>
  v.strictObject({ ...base, type: v.literal(type) });

/**
 * One wizard question. A `person` answer is a name, date of birth, CCCD number and address
 * (filled from the CCCD QR when scanned); `consent` shows its label as the statement agreed to.
 */
export const Question = v.variant('type', [
  v.strictObject({
    ...base,
    type: v.literal('text'),
    multiline: v.optional(v.boolean()),
    maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000))),
  }),
  v.pipe(
    v.strictObject({
      ...base,
      type: v.literal('number'),
      min: v.optional(v.number()),
      max: v.optional(v.number()),
      unit: v.optional(StrictText),
    }),
    v.check((q) => q.min === undefined || q.max === undefined || q.min <= q.max, 'min ≤ max'),
  ),
  v.strictObject({
    ...base,
    type: v.literal('date'),
    // Which dates make sense: a birth or death is in the past, a planned visit in the future.
    allow: v.optional(v.picklist(['past', 'future', 'any']), 'any'),
    ageRange: v.optional(AgeRange),
  }),
  v.strictObject({
    ...base,
    type: v.literal('choice'),
    options: v.pipe(
      v.array(ChoiceOption),
      v.minLength(1, 'at least one option'),
      v.check((o) => new Set(o.map((x) => x.value)).size === o.length, 'distinct option values'),
    ),
  }),
  v.strictObject({ ...base, type: v.literal('person'), ageRange: v.optional(AgeRange) }),
  v.strictObject({
    ...base,
    type: v.literal('photo'),
    documentId: Slug,
    maxPhotos: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)), 1),
  }),
  plain('yesno'),
  plain('phone'),
  plain('email'),
  plain('cccd'),
  plain('address'),
  plain('consent'),
]);
export type Question = v.InferOutput<typeof Question>;
export type QuestionType = Question['type'];

import * as v from 'valibot';
import { Language, LocalizedText } from './text';

const PhoneNumber = v.pipe(
  v.string(),
  v.regex(
    /^(\+84|0|1[89]00)[0-9 .]{6,12}$/,
    'a Vietnamese phone or hotline number, e.g. 024 3825 1234 or 1800 1096',
  ),
);

/** One deployment site: a cultural house, apartment block or ward centre with kiosks. */
export const SiteConfig = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{2,64}$/, 'lower-case letters, digits and dashes')),
  name: LocalizedText,
  ward: v.strictObject({
    name: LocalizedText,
    province: LocalizedText,
    agencyCode: v.optional(
      v.pipe(v.string(), v.regex(/^[A-Z0-9.]{2,32}$/, 'an agency code such as H26.50')),
    ),
  }),
  address: LocalizedText,
  hotlines: v.pipe(
    v.array(v.strictObject({ label: LocalizedText, phone: PhoneNumber })),
    v.minLength(1, 'at least one hotline'),
  ),
  openingHours: v.pipe(
    v.array(
      v.strictObject({
        days: LocalizedText,
        hours: v.pipe(
          v.string(),
          v.regex(
            /^\d{2}:\d{2}–\d{2}:\d{2}(, \d{2}:\d{2}–\d{2}:\d{2})*$/,
            'times like 07:30–11:30, 13:30–17:00',
          ),
        ),
      }),
    ),
    v.minLength(1, 'at least one line of opening hours'),
  ),
  languages: v.pipe(
    v.array(Language),
    v.minLength(1),
    v.check((l) => l[0] === 'vi', 'Vietnamese first'),
  ),
  idle: v.optional(
    v.strictObject({
      warnAfterSeconds: v.pipe(v.number(), v.integer(), v.minValue(30), v.maxValue(600)),
      countdownSeconds: v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(120)),
    }),
    { warnAfterSeconds: 90, countdownSeconds: 20 },
  ),
  paper: v.optional(v.picklist(['80mm', '58mm', 'A4']), '80mm'),
  procedures: v.union([
    v.literal('all'),
    v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]{2,64}$/))),
  ]),
});
export type SiteConfig = v.InferOutput<typeof SiteConfig>;

import * as v from 'valibot';

/** Text shown to a person: Vietnamese always, English as the second language. */
export const LocalizedText = v.object({
  vi: v.pipe(v.string(), v.trim(), v.minLength(1, 'Vietnamese text must not be empty')),
  en: v.pipe(v.string(), v.trim(), v.minLength(1, 'English text must not be empty')),
});
export type LocalizedText = v.InferOutput<typeof LocalizedText>;

/** The languages the kiosk speaks; Vietnamese is the default. */
export const Language = v.picklist(['vi', 'en']);
export type Language = v.InferOutput<typeof Language>;

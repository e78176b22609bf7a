// Valid answers for any submit procedure, as a careful resident would give them: used by the
// unit tests over the whole catalogue and by the end-to-end test that completes every
// procedure. `choose` overrides answers to walk a branch (e.g. { delivery: 'post' }).
// It imports only the protocol and dependency-free wizard modules, so Node tests can use it.
import type { SubmitProcedure } from '../../protocol/config/procedure';
import type { Question } from '../../protocol/config/procedure-question';
import type { AddressAnswer, PersonAnswer, PhotoAnswer, Sex, WizardPhoto } from './answer-shapes';
import { addDays, todayIso, yearsBefore } from './calendar-date';

/** `today` (ISO) fixes dates for repeatable tests; `choose` replaces chosen answers. */
export interface SampleOptions {
  today?: string;
  choose?: Readonly<Record<string, unknown>>;
}

/** A sample person's age, inside the question's age range. */
const SAMPLE_AGE = 35;
const NAMES: Record<Sex, string> = { male: 'Nguyễn Văn An', female: 'Trần Thị Bình' };

/** Smallest JPEG a decoder accepts as one (start and end markers): enough for payload tests. */
const SAMPLE_JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);

/** A sample address in Hà Nội, two tiers. */
export const SAMPLE_ADDRESS: AddressAnswer = {
  street: 'Số 12 ngõ 34 phố Láng Hạ',
  ward: 'Phường Láng',
  province: 'Hà Nội',
};

/** A valid phone number, as a resident would type it. */
export const SAMPLE_PHONE = '0912 345 678';

function clampAge(range: { min?: number; max?: number } | undefined): number {
  return Math.min(Math.max(SAMPLE_AGE, range?.min ?? 0), range?.max ?? 120);
}

/** A person of `age` whose CCCD number agrees with sex and year (Hà Nội, code 001). */
export function samplePerson(today: string, age: number, sex: Sex, serial = 1): PersonAnswer {
  const dateOfBirth = yearsBefore(today, age);
  const year = Number(dateOfBirth.slice(0, 4));
  const digit = Math.floor((year - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
  const idNumber = `001${digit}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
  return { fullName: NAMES[sex], dateOfBirth, sex, idNumber, source: 'typed' };
}

function sampleFor(question: Question, today: string, index: number): unknown {
  switch (question.type) {
    case 'text':
      return 'Nội dung ví dụ'.slice(0, question.maxLength ?? 100);
    case 'number': {
      let n = 1;
      if (question.min !== undefined && n < question.min) n = question.min;
      if (question.max !== undefined && n > question.max) n = question.max;
      return n;
    }
    case 'date':
      if (question.ageRange) return yearsBefore(today, clampAge(question.ageRange));
      if (question.allow === 'past') return addDays(today, -30);
      return question.allow === 'future' ? addDays(today, 30) : today;
    case 'choice':
      return question.options[0]!.value;
    case 'yesno':
      return true;
    case 'phone':
      return SAMPLE_PHONE;
    case 'email':
      return 'nguoidan@example.vn';
    case 'cccd':
      return '001090123456';
    case 'person':
      return samplePerson(today, clampAge(question.ageRange), index % 2 ? 'male' : 'female', index);
    case 'address':
      return { ...SAMPLE_ADDRESS };
    case 'photo':
      return { photoIds: [`${question.id}-1`], bringOriginal: false } satisfies PhotoAnswer;
    case 'consent':
      return true;
  }
}

/** Answers for every question shown, each valid; questions hidden by the answers get none. */
export function sampleAnswers(
  procedure: SubmitProcedure,
  options: SampleOptions = {},
): Record<string, unknown> {
  const today = options.today ?? todayIso();
  const answers: Record<string, unknown> = {};
  procedure.questions.forEach((question, index) => {
    const when = question.when;
    if (when && answers[when.questionId] !== when.equals) return;
    answers[question.id] =
      options.choose && question.id in options.choose
        ? options.choose[question.id]
        : sampleFor(question, today, index + 1);
  });
  return answers;
}

/** A tiny JPEG for each photo id the answers name, keyed by id as answersToPayload wants. */
export function samplePhotos(answers: Readonly<Record<string, unknown>>): Map<string, WizardPhoto> {
  const photos = new Map<string, WizardPhoto>();
  for (const value of Object.values(answers)) {
    const ids = (value as Partial<PhotoAnswer> | null)?.photoIds;
    if (!Array.isArray(ids)) continue;
    for (const id of ids) photos.set(id, { id, mediaType: 'image/jpeg', bytes: SAMPLE_JPEG });
  }
  return photos;
}

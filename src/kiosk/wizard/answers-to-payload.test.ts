import { describe, expect, it } from 'vitest';
import type { PersonAnswer } from './answer-shapes';
import { answersToPayload } from './answers-to-payload';
import { submitProcedure } from './real-catalogue';
import { sampleAnswers, samplePhotos } from './sample-answers';
import { WizardError, WIZARD_ERROR_TEXT } from './wizard-error';

const TODAY = '2026-03-15';
const options = { language: 'en' as const, today: TODAY };

describe('answersToPayload', () => {
  const tamTru = submitProcedure('tam-tru');

  it('records tidied answers: phone in national form, CCCD digits, NFC text', () => {
    const answers = sampleAnswers(tamTru, {
      today: TODAY,
      choose: { 'contact-phone': '+84 912.345.678' },
    });
    const typed = answers.applicant as PersonAnswer;
    const applicant: PersonAnswer = {
      ...typed,
      fullName: '  Nguyễn   Văn An '.normalize('NFD'),
      idNumber: `${typed.idNumber.slice(0, 3)} ${typed.idNumber.slice(3)}`,
    };
    const content = answersToPayload(
      tamTru,
      { ...answers, applicant },
      samplePhotos(answers),
      options,
    );
    expect(content.procedureId).toBe('tam-tru');
    expect(content.language).toBe('en');
    expect(content.answers['contact-phone']).toBe('0912345678');
    expect(content.answers.applicant).toEqual({
      fullName: 'Nguyễn Văn An',
      dateOfBirth: typed.dateOfBirth,
      sex: typed.sex,
      idNumber: typed.idNumber,
      source: 'typed',
    });
    expect(content.answers['temporary-address']).toEqual({
      street: 'Số 12 ngõ 34 phố Láng Hạ',
      ward: 'Phường Láng',
      province: 'Hà Nội',
    });
  });

  it('drops answers to hidden questions and leaves out optional ones left empty', () => {
    const answers = {
      ...sampleAnswers(tamTru, { today: TODAY }),
      owner: { fullName: 'Chủ nhà' },
      'delivery-address': { street: 'x', ward: 'y', province: 'Hà Nội' },
      'proof-photo': { photoIds: [], bringOriginal: false },
    };
    const content = answersToPayload(tamTru, answers, new Map(), options);
    expect(content.answers).not.toHaveProperty('owner');
    expect(content.answers).not.toHaveProperty('delivery-address');
    expect(content.answers).not.toHaveProperty('proof-photo');
    expect(content.attachments).toEqual([]);
  });

  it('attaches photos under their question, in the order taken', () => {
    const answers = {
      ...sampleAnswers(tamTru, { today: TODAY }),
      'proof-photo': { photoIds: ['b', 'a'], bringOriginal: true },
    };
    const photos = samplePhotos(answers);
    photos.set('b', {
      id: 'b',
      mediaType: 'image/jpeg',
      bytes: new Uint8Array([0xff, 0xd8, 2, 0xff, 0xd9]),
    });
    const content = answersToPayload(tamTru, answers, photos, options);
    expect(content.answers['proof-photo']).toEqual({ photos: 2, bringOriginal: true });
    expect(content.attachments.map((a) => [a.field, a.bytes.length])).toEqual([
      ['proof-photo', 5],
      ['proof-photo', 4],
    ]);
  });

  it('refuses answers that do not pass, and photos the session no longer holds', () => {
    const answers = sampleAnswers(tamTru, { today: TODAY });
    const refusal = (() => {
      try {
        answersToPayload(tamTru, { ...answers, consent: false }, samplePhotos(answers), options);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(WizardError);
    expect(refusal).toMatchObject({
      code: 'ANSWERS_INVALID',
      issues: [{ questionId: 'consent', code: 'CONSENT_NOT_GIVEN' }],
    });
    expect(() => answersToPayload(tamTru, answers, new Map(), options)).toThrow(
      expect.objectContaining({ code: 'PHOTO_MISSING' }),
    );
    expect(WIZARD_ERROR_TEXT.PHOTO_MISSING.vi).toMatch(/chụp lại/);
  });
});

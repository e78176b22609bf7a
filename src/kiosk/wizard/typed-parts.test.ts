import { describe, expect, it } from 'vitest';
import type { Question } from '../../protocol/config/procedure-question';
import { submitProcedure } from './real-catalogue';
import { answerFromTexts, dateFromTexts, textsFromAnswer, typedPartsOf } from './typed-parts';
import { validateAnswer } from './validate-answer';

const tamTru = submitProcedure('tam-tru');
const question = (id: string) => tamTru.questions.find((q) => q.id === id)!;
const TODAY = '2026-03-15';

describe('typed parts', () => {
  it('gives dates three boxes on the number pad, in the order residents say them', () => {
    expect(typedPartsOf(question('stay-until'), undefined).map((p) => [p.key, p.kind])).toEqual([
      ['day', 'number'],
      ['month', 'number'],
      ['year', 'number'],
    ]);
  });

  it('turns half-typed dates into text the engine refuses, and empty boxes into no answer', () => {
    expect(dateFromTexts({})).toBeUndefined();
    expect(dateFromTexts({ day: '', month: '', year: '' })).toBeUndefined();
    expect(dateFromTexts({ day: '5', month: '8', year: '1960' })).toBe('1960-08-05');
    const stay = question('stay-until');
    const codes = (texts: Record<string, string>) =>
      validateAnswer(stay, dateFromTexts(texts), { procedure: tamTru, today: TODAY }).map(
        (i) => i.code,
      );
    expect(codes({ day: '31', month: '2', year: '2027' })).toEqual(['DATE_INVALID']);
    expect(codes({ day: '1', month: '2' })).toEqual(['DATE_INVALID']);
    expect(codes({ day: '1', month: '2', year: '27' })).toEqual(['DATE_OUT_OF_RANGE']);
  });

  it('keeps a person’s sex and card address when boxes change, and marks the change as typed', () => {
    const applicant = question('applicant');
    const scanned = {
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1990-01-01',
      sex: 'male',
      idNumber: '001090123456',
      address: 'Số 1, Hà Nội',
      source: 'scan',
    };
    const texts = textsFromAnswer(applicant, scanned);
    expect(texts).toEqual({
      fullName: 'Nguyễn Văn An',
      idNumber: '001090123456',
      day: '01',
      month: '01',
      year: '1990',
      address: 'Số 1, Hà Nội',
    });
    expect(typedPartsOf(applicant, scanned).map((p) => p.key)).toContain('address');
    expect(answerFromTexts(applicant, scanned, { ...texts, fullName: 'Nguyễn Văn Ân' })).toEqual({
      ...scanned,
      fullName: 'Nguyễn Văn Ân',
      source: 'typed',
    });
  });

  it('keeps the chosen province of an address and reads numbers as numbers', () => {
    const address = question('temporary-address');
    expect(
      answerFromTexts(address, { province: 'Huế' }, { street: 'Số 2', ward: 'Phường An Cựu' }),
    ).toEqual({ street: 'Số 2', ward: 'Phường An Cựu', province: 'Huế' });
    expect(answerFromTexts(address, undefined, { street: 'Số 2' })).toMatchObject({
      province: 'Hà Nội',
    });
    const copies: Question = {
      id: 'copies',
      type: 'number',
      label: { vi: 'Số bản', en: 'Copies' },
      required: true,
    };
    expect(answerFromTexts(copies, undefined, { number: '12' })).toBe(12);
    expect(answerFromTexts(copies, 12, { number: '' })).toBeUndefined();
    expect(textsFromAnswer(copies, 12)).toEqual({ number: '12' });
  });
});

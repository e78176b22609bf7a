import { afterEach, describe, expect, it } from 'vitest';
import { resetLanguage, setLanguage } from '../i18n/translate';
import { answerLines, dateText } from './answer-text';
import { submitProcedure } from './real-catalogue';

const tamTru = submitProcedure('tam-tru');
const question = (id: string) => tamTru.questions.find((q) => q.id === id)!;

describe('answers on "Kiểm tra lại"', () => {
  afterEach(resetLanguage);

  it('writes dates day first, choices by their words, and empty answers as left empty', () => {
    expect(dateText('1960-08-05')).toBe('05/08/1960');
    expect(answerLines(question('reason'), 'study')).toEqual(['Đi học']);
    expect(answerLines(question('proof-photo'), { photoIds: [], bringOriginal: false })).toEqual([
      'Bỏ trống',
    ]);
    setLanguage('en');
    expect(answerLines(question('reason'), 'study')).toEqual(['Study']);
  });

  it('sets a person out line by line, and counts photos', () => {
    expect(
      answerLines(question('applicant'), {
        fullName: 'Trần Thị Bình',
        dateOfBirth: '1991-02-03',
        sex: 'female',
        idNumber: '001191000001',
        source: 'typed',
      }),
    ).toEqual(['Trần Thị Bình', 'Sinh ngày 03/02/1991', 'Nữ', 'Số thẻ căn cước: 001191000001']);
    expect(
      answerLines(question('proof-photo'), { photoIds: ['a', 'b'], bringOriginal: true }),
    ).toEqual(['2 ảnh đã chụp', 'Tôi sẽ mang bản gốc đến']);
    expect(
      answerLines(question('temporary-address'), {
        street: 'Số 12',
        ward: 'Phường Láng',
        province: 'ha noi',
      }),
    ).toEqual(['Số 12, Phường Láng, Hà Nội']);
  });
});

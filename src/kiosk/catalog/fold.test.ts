import { describe, expect, it } from 'vitest';
import { foldVietnamese, slipDistance, wordsOf } from './fold';

describe('foldVietnamese', () => {
  it.each([
    ['Đăng ký TẠM TRÚ', 'dang ky tam tru'],
    ['tạm trú', 'tam tru'],
    ['TAM TRU', 'tam tru'],
    ['Nguyễn Thị Thuỷ', 'nguyen thi thuy'],
    ['người trường ươm ưng', 'nguoi truong uom ung'],
    ['ăn ẩm ếch ổn ợ', 'an am ech on o'],
    ['đĐ', 'dd'],
    // Decomposed input (as some keyboards and QR decoders give it) folds the same way.
    ['Tha\u0300nh pho\u0302\u0301', 'thanh pho'],
    ['KT3 số 12', 'kt3 so 12'],
  ])('%s → %s', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });
});

describe('wordsOf', () => {
  it('splits at spaces and punctuation, keeping accented and folded forms', () => {
    expect(wordsOf('  Phản ánh,  kiến-nghị! ')).toEqual([
      { accented: 'phản', folded: 'phan' },
      { accented: 'ánh', folded: 'anh' },
      { accented: 'kiến', folded: 'kien' },
      { accented: 'nghị', folded: 'nghi' },
    ]);
  });

  it('gives nothing for blank or punctuation-only text', () => {
    expect(wordsOf('  ...  ')).toEqual([]);
  });
});

describe('slipDistance', () => {
  it.each([
    ['sinh', 'sinh', false, 0],
    ['sih', 'sinh', false, 1], // a letter dropped
    ['truu', 'tru', false, 1], // a letter added
    ['tram', 'tam', false, 1],
    ['khia', 'khai', false, 1], // neighbours swapped
    ['snih', 'sinh', false, 1],
    ['sinj', 'sinh', false, 1], // a letter changed
    ['sjnh', 'sinh', false, 1],
    ['tru', 'tam', false, 2],
    ['khaii', 'kha', false, 2],
    ['kha', 'khai', false, 1],
    ['kha', 'khai', true, 0], // the start of the word
    ['khj', 'khai', true, 1],
    ['thou', 'thuong', true, 1],
    ['kh', 'khai', true, 0],
    ['khai', 'kha', true, 1],
    ['xy', 'khai', true, 2],
  ] as const)('%s vs %s (prefix %s) = %i', (query, word, prefix, distance) => {
    expect(slipDistance(query, word, prefix)).toBe(distance);
  });
});

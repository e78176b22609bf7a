import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake';

const latin1 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

describe('repairMojibake', () => {
  it('leaves correct Vietnamese alone, including letters that are also Latin-1', () => {
    for (const text of [
      'Nguyễn Văn An',
      'Hà Nội',
      'Âu Cơ',
      'Đà Nẵng',
      'Ô Chợ Dừa',
      'Hà\u00a0Nội',
    ]) {
      expect(repairMojibake(text)).toEqual({ kind: 'clean', text });
    }
  });

  it('puts right UTF-8 read as Latin-1 or Windows-1252', () => {
    expect(repairMojibake(latin1('Nguyễn Thị Ánh'))).toEqual({
      kind: 'repaired',
      text: 'Nguyễn Thị Ánh',
    });
    expect(repairMojibake('Nguyá»…n')).toEqual({ kind: 'repaired', text: 'Nguyễn' });
  });

  it('refuses replacement marks, CJK guesses and bytes that are not UTF-8', () => {
    expect(repairMojibake('Nguy\ufffdn')).toEqual({ kind: 'garbled' });
    expect(repairMojibake('Nguy繝ｻn')).toEqual({ kind: 'garbled' });
    expect(repairMojibake('Ã©Ã')).toEqual({ kind: 'garbled' });
    expect(repairMojibake('Ã(')).toEqual({ kind: 'clean', text: 'Ã(' });
  });

  it('leaves text with letters beyond one byte alone, for the caller to judge', () => {
    expect(repairMojibake('Nguyá»…n Phạm')).toEqual({ kind: 'clean', text: 'Nguyá»…n Phạm' });
  });
});

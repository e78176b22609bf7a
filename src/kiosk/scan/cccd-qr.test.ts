import { describe, expect, it } from 'vitest';
import { CCCD_QR_TEXT } from './cccd-qr-text';
import { parseCccdQr, type CccdQrCode } from './cccd-qr';

const ADDRESS = 'Số 12 ngõ 34 phố Láng Hạ, Phường Láng Hạ, Quận Đống Đa, Hà Nội';
const SEVEN = `001090123456|012345678|Nguyễn Văn An|01011990|Nam|${ADDRESS}|15042021`;

function codeOf(text: string): CccdQrCode | 'ok' {
  const result = parseCccdQr(text);
  return result.ok ? 'ok' : result.code;
}

// Windows-1252's own characters for 0x80–0x9F that Vietnamese UTF-8 uses; Latin-1 elsewhere.
const CP1252: Record<number, string> = { 0x80: '€', 0x85: '…', 0x89: '‰', 0x8b: '‹', 0x93: '“' };

/** Reads text the way a decoder that assumes Windows-1252 does. */
function asWindows1252(text: string): string {
  return [...new TextEncoder().encode(text)]
    .map((b) => CP1252[b] ?? String.fromCharCode(b))
    .join('');
}

describe('parseCccdQr on real layouts', () => {
  it('reads the 7-field layout', () => {
    expect(parseCccdQr(SEVEN)).toEqual({
      ok: true,
      repaired: false,
      identity: {
        idNumber: '001090123456',
        oldIdNumber: '012345678',
        fullName: 'Nguyễn Văn An',
        dateOfBirth: '1990-01-01',
        sex: 'male',
        address: ADDRESS,
        issueDate: '2021-04-15',
        extra: [],
      },
    });
  });

  it('reads an empty old ID as absent', () => {
    const result = parseCccdQr(`001192012345||Trần Thị Bình|29021992|Nữ|${ADDRESS}|01072021`);
    expect(result.ok && result.identity).toMatchObject({
      idNumber: '001192012345',
      fullName: 'Trần Thị Bình',
      dateOfBirth: '1992-02-29',
      sex: 'female',
      issueDate: '2021-07-01',
    });
    expect(result.ok && 'oldIdNumber' in result.identity).toBe(false);
  });

  it('reads the 6-field variant without the old ID', () => {
    const result = parseCccdQr(`001090123456|Nguyễn Văn An|01011990|Nam|${ADDRESS}|15042021`);
    expect(result.ok && result.identity).toMatchObject({
      idNumber: '001090123456',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1990-01-01',
      issueDate: '2021-04-15',
    });
  });

  it('keeps extra trailing fields from newer cards, whatever their number', () => {
    const family = ['Nguyễn Văn Cha', '001060000001', 'Lê Thị Mẹ', '001165000002', '', 'x'];
    const result = parseCccdQr(`${SEVEN}|${family.join('|')}`);
    expect(result.ok && result.identity.extra).toEqual(family);
    expect(result.ok && result.identity.issueDate).toBe('2021-04-15');
  });

  it('accepts a 12-digit old ID (a previous CCCD on a 2024 card)', () => {
    const result = parseCccdQr(SEVEN.replace('012345678', '001090999999'));
    expect(result.ok && result.identity.oldIdNumber).toBe('001090999999');
  });

  it('finds the date of birth and sex by shape, in either order', () => {
    const swapped = `001090123456||Nguyễn Văn An|Nam|01011990|${ADDRESS}|15042021`;
    expect(parseCccdQr(swapped).ok && parseCccdQr(swapped)).toMatchObject({
      identity: { dateOfBirth: '1990-01-01', sex: 'male', address: ADDRESS },
    });
  });

  it('does without an issue date, keeping what follows the address as extra', () => {
    const result = parseCccdQr(`001090123456||Nguyễn Văn An|01011990|Nam|${ADDRESS}|ghi chú`);
    expect(result.ok && result.identity.issueDate).toBeUndefined();
    expect(result.ok && result.identity.extra).toEqual(['ghi chú']);
    expect(codeOf('001090123456||Nguyễn Văn An|01011990|Nam')).toBe('ok');
  });

  it('reads no-break spaces as spaces', () => {
    const result = parseCccdQr(SEVEN.replace('Hà Nội', 'Hà\u00a0Nội').replace('Văn', 'Văn\u00a0'));
    expect(result.ok && result.identity.address).toBe(ADDRESS);
    expect(result.ok && result.identity.fullName).toBe('Nguyễn Văn An');
  });

  it('normalises decomposed Vietnamese (NFD) to NFC and tidies spaces', () => {
    const nfd = ` 001090123456|| Nguyễn  Văn An |01011990|NAM|${ADDRESS}|15042021\n`.normalize(
      'NFD',
    );
    const result = parseCccdQr(nfd);
    expect(result.ok && result.identity.fullName).toBe('Nguyễn Văn An');
    expect(result.ok && result.identity.address).toBe(ADDRESS);
  });

  it('reads people born in the 2000s (century digit 2 and 3)', () => {
    expect(codeOf(`001205000001||Phạm Minh Khôi|05062005|Nam|${ADDRESS}|01012022`)).toBe('ok');
    expect(codeOf(`079307000001||Lê Ngọc Hân|05062007|Nữ|${ADDRESS}|01012022`)).toBe('ok');
  });
});

describe('parseCccdQr on misread text', () => {
  it('repairs UTF-8 read as Windows-1252 ("Nguyá»…n")', () => {
    const garbled = asWindows1252(SEVEN);
    expect(garbled).toContain('Nguyá»…n');
    const result = parseCccdQr(garbled);
    expect(result).toMatchObject({ ok: true, repaired: true });
    expect(result.ok && result.identity.fullName).toBe('Nguyễn Văn An');
    expect(result.ok && result.identity.address).toBe(ADDRESS);
  });

  it('repairs UTF-8 read as Latin-1', () => {
    const latin1 = String.fromCharCode(...new TextEncoder().encode(SEVEN));
    expect(parseCccdQr(latin1)).toMatchObject({ ok: true, repaired: true });
  });

  it('refuses text it cannot repair', () => {
    expect(codeOf(SEVEN.replace('Nguyễn', 'Nguy\ufffdn'))).toBe('GARBLED');
    expect(codeOf(SEVEN.replace('Nguyễn', 'Nguy繝ｻn'))).toBe('GARBLED');
    // Mojibake beside a letter Windows-1252 has no byte for: not one consistent misreading.
    expect(codeOf(asWindows1252(SEVEN).replace('An', 'Ấn'))).toBe('GARBLED');
  });
});

describe('parseCccdQr refuses what is not a card', () => {
  it.each<[string, string, CccdQrCode]>([
    ['empty', '', 'EMPTY'],
    ['spaces', '   \n ', 'EMPTY'],
    ['a web address', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'NOT_CCCD'],
    ['a receipt QR', 'https://hub.example.vn/s/HN01-0000-7K#q0Bv4dK9xYt2LmN8pR5sWa', 'NOT_CCCD'],
    ['a tracking code', 'HN01-0000-7K', 'NOT_CCCD'],
    ['a bank QR', '00020101021238570010A00000072701270006970436011300123456789', 'NOT_CCCD'],
    ['only pipes', '||||||||', 'NOT_CCCD'],
    ['digits and pipes', '123|456|789|001090123456', 'NOT_CCCD'],
    ['a 2 KB payload', `${SEVEN}|${'a'.repeat(2048)}`, 'TOO_LONG'],
    ['10 KB of pipes', '|'.repeat(10_240), 'TOO_LONG'],
    ['10 KB of text', 'Nguyễn '.repeat(1500), 'TOO_LONG'],
    ['a name with digits', SEVEN.replace('Nguyễn Văn An', 'Nguyen 2'), 'NOT_CCCD'],
    ['an ID that is not first', `x|${SEVEN}`, 'NOT_CCCD'],
    ['an 11-digit ID', SEVEN.replace('001090123456', '00109012345'), 'NOT_CCCD'],
    ['an old ID of 8 digits', SEVEN.replace('012345678', '01234567'), 'NOT_CCCD'],
    [
      'HTML in the name',
      SEVEN.replace('Nguyễn Văn An', '<img src=x onerror=alert(1)>'),
      'UNSAFE_TEXT',
    ],
    ['HTML in the address', SEVEN.replace(ADDRESS, '<script>alert(1)</script>'), 'UNSAFE_TEXT'],
    ['a control character', SEVEN.replace('Văn', 'V\u0007ăn'), 'UNSAFE_TEXT'],
    ['a NUL', SEVEN.replace('Văn', 'V\u0000ăn'), 'UNSAFE_TEXT'],
    ['a right-to-left override', SEVEN.replace('Văn', '\u202eVăn'), 'UNSAFE_TEXT'],
    ['a zero-width joiner', SEVEN.replace('Văn', 'V\u200dăn'), 'UNSAFE_TEXT'],
    ['a newline inside', SEVEN.replace(ADDRESS, 'Số 1\nHà Nội'), 'UNSAFE_TEXT'],
    ['an unknown province code', SEVEN.replace('001090123456', '003090123456'), 'BAD_ID'],
    ['a sex that disagrees with the ID', SEVEN.replace('|Nam|', '|Nữ|'), 'ID_MISMATCH'],
    ['a year that disagrees with the ID', SEVEN.replace('01011990', '01011991'), 'ID_MISMATCH'],
    ['a century that disagrees', SEVEN.replace('001090123456', '001290123456'), 'ID_MISMATCH'],
    ['31 February', SEVEN.replace('01011990', '31021990'), 'BAD_DATE'],
    ['month 13', SEVEN.replace('01011990', '01131990'), 'BAD_DATE'],
    ['an issue date before birth', SEVEN.replace('15042021', '15041980'), 'BAD_DATE'],
    ['an unreal issue date', SEVEN.replace('15042021', '32042021'), 'BAD_DATE'],
  ])('%s', (_, text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it('never throws on input that is not a string', () => {
    expect(codeOf(undefined as unknown as string)).toBe('NOT_CCCD');
    expect(codeOf(42 as unknown as string)).toBe('NOT_CCCD');
  });
});

describe('CCCD_QR_TEXT', () => {
  it.each(Object.entries(CCCD_QR_TEXT))('%s has both languages', (_, text) => {
    expect(text.vi.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
  });

  it('tells a resident plainly that a QR is not from an ID card', () => {
    expect(CCCD_QR_TEXT.NOT_CCCD.vi).toMatch(/^Mã QR này không phải mã trên thẻ căn cước/);
  });
});

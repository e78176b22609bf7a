import { describe, expect, it } from 'vitest';
import {
  CCCD_PROVINCES,
  cccdMismatches,
  cccdProvinceName,
  cccdSexCentury,
  checkCccdNumber,
  compactCccdNumber,
} from './cccd-number';

describe('CCCD numbers', () => {
  it('knows the 63 birth-registration province codes, Hà Nội first', () => {
    expect(CCCD_PROVINCES.size).toBe(63);
    expect(cccdProvinceName('001090123456')).toBe('Hà Nội');
    expect(cccdProvinceName('096090123456')).toBe('Cà Mau');
    expect([...CCCD_PROVINCES.keys()].every((code) => /^0\d\d$/.test(code))).toBe(true);
  });

  it.each([
    ['001090123456', undefined],
    ['079300000001', undefined],
    ['00109012345', 'CCCD_FORMAT'],
    ['0010901234567', 'CCCD_FORMAT'],
    ['00109012345a', 'CCCD_FORMAT'],
    ['003090123456', 'CCCD_PROVINCE'],
    ['097090123456', 'CCCD_PROVINCE'],
    ['100090123456', 'CCCD_PROVINCE'],
  ])('%s → %s', (id, problem) => {
    expect(checkCccdNumber(id)).toBe(problem);
  });

  it('reads sex and century from the fourth digit', () => {
    expect(cccdSexCentury('001090123456')).toEqual({ sex: 'male', century: 1900, yearDigits: 90 });
    expect(cccdSexCentury('001105123456')).toEqual({ sex: 'female', century: 1900, yearDigits: 5 });
    expect(cccdSexCentury('001206123456')).toEqual({ sex: 'male', century: 2000, yearDigits: 6 });
    expect(cccdSexCentury('001310123456')).toEqual({
      sex: 'female',
      century: 2000,
      yearDigits: 10,
    });
  });

  it('names what a number contradicts', () => {
    expect(cccdMismatches('001090123456', 'male', 1990)).toEqual([]);
    expect(cccdMismatches('001090123456', 'female', 1990)).toEqual(['sex']);
    expect(cccdMismatches('001090123456', 'male', 2090)).toEqual(['year']);
    expect(cccdMismatches('001390123456', 'male', 1991)).toEqual(['sex', 'year']);
  });

  it('drops the spaces and dots a resident types', () => {
    expect(compactCccdNumber(' 001 090.123 456 ')).toBe('001090123456');
  });
});

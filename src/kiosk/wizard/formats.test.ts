import { describe, expect, it } from 'vitest';
import { emptyAddress, matchProvince, PROVINCES_2025 } from './address-answer';
import {
  addDays,
  ageOn,
  isoDateFrom,
  isoDateFromDdmmyyyy,
  parseIsoDate,
  todayIso,
  yearsBefore,
} from './calendar-date';
import { normalizeEmail } from './email-address';

describe('calendar dates', () => {
  it('accepts real days only', () => {
    expect(isoDateFrom(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDateFrom(2023, 2, 29)).toBeUndefined();
    expect(isoDateFrom(1900, 2, 29)).toBeUndefined();
    expect(isoDateFrom(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDateFrom(2024, 4, 31)).toBeUndefined();
    expect(isoDateFrom(2024, 13, 1)).toBeUndefined();
    expect(isoDateFrom(2024, 1, 0)).toBeUndefined();
    expect(isoDateFrom(2024, 1.5, 1)).toBeUndefined();
  });

  it('reads ISO and card dates strictly', () => {
    expect(parseIsoDate('1990-01-31')).toEqual({ year: 1990, month: 1, day: 31 });
    expect(parseIsoDate('1990-1-31')).toBeUndefined();
    expect(parseIsoDate('1990-02-31')).toBeUndefined();
    expect(parseIsoDate('1990-01-31T00:00')).toBeUndefined();
    expect(isoDateFromDdmmyyyy('31011990')).toBe('1990-01-31');
    expect(isoDateFromDdmmyyyy('31021990')).toBeUndefined();
    expect(isoDateFromDdmmyyyy('3101199')).toBeUndefined();
  });

  it('counts whole years of age', () => {
    expect(ageOn('2008-03-15', '2026-03-15')).toBe(18);
    expect(ageOn('2008-03-16', '2026-03-15')).toBe(17);
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2026-03-01')).toBe(22);
  });

  it('moves by days and years across month and leap-year ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('email addresses', () => {
  it.each([
    ['nguoidan@example.vn', 'nguoidan@example.vn'],
    ['  Nguyen.Van.An+kiosk@Gmail.COM ', 'Nguyen.Van.An+kiosk@gmail.com'],
    ['a@b.co', 'a@b.co'],
  ])('%s → %s', (text, normalized) => {
    expect(normalizeEmail(text)).toBe(normalized);
  });

  it.each([
    '',
    'nguoidan',
    'nguoidan@',
    '@example.vn',
    'a@@b.vn',
    'a b@c.vn',
    'a@b',
    'a@b.c',
    'a@-b.vn',
    '.a@b.vn',
    'a..b@c.vn',
    'a@b..vn',
    `${'a'.repeat(65)}@b.vn`,
    'nguyễn@b.vn',
  ])('%s is refused', (text) => {
    expect(normalizeEmail(text)).toBeUndefined();
  });

  it('stays fast on long hostile input', () => {
    const started = performance.now();
    normalizeEmail(`${'a'.repeat(60)}@${'a-'.repeat(100)}.vn`);
    normalizeEmail(`a@${'a'.repeat(5000)}`);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('provinces', () => {
  it('lists the 34 provinces and cities of July 2025, Hà Nội first', () => {
    expect(PROVINCES_2025).toHaveLength(34);
    expect(new Set(PROVINCES_2025).size).toBe(34);
    expect(PROVINCES_2025[0]).toBe('Hà Nội');
    expect(emptyAddress()).toEqual({ street: '', ward: '', province: 'Hà Nội' });
  });

  it.each([
    ['Hà Nội', 'Hà Nội'],
    ['ha noi', 'Hà Nội'],
    ['TP. Hà Nội', 'Hà Nội'],
    ['Thành phố Hà Nội', 'Hà Nội'],
    ['TP HCM', 'Thành phố Hồ Chí Minh'],
    ['Hồ Chí Minh', 'Thành phố Hồ Chí Minh'],
    ['Tỉnh Lào Cai', 'Lào Cai'],
    ['khanh hoa', 'Khánh Hòa'],
    ['Thừa Thiên Huế', 'Huế'],
  ])('%s → %s', (typed, listed) => {
    expect(matchProvince(typed)).toBe(listed);
  });

  it.each(['Hà Tây', 'Quảng Nam', 'Bình Dương', 'Quận Đống Đa', ''])(
    '%s is not a province now',
    (typed) => {
      expect(matchProvince(typed)).toBeUndefined();
    },
  );
});

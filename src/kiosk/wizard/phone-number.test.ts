import { describe, expect, it } from 'vitest';
import { checkPhone } from './phone-number';

describe('checkPhone', () => {
  it.each([
    ['0912345678', '0912345678', 'mobile'],
    ['091 234 5678', '0912345678', 'mobile'],
    ['0912.345.678', '0912345678', 'mobile'],
    ['0912-345-678', '0912345678', 'mobile'],
    ['+84 912 345 678', '0912345678', 'mobile'],
    ['+84912345678', '0912345678', 'mobile'],
    ['0084 912 345 678', '0912345678', 'mobile'],
    ['0386 123 456', '0386123456', 'mobile'],
    ['0586123456', '0586123456', 'mobile'],
    ['0706123456', '0706123456', 'mobile'],
    ['0812345678', '0812345678', 'mobile'],
    ['(024) 3825 6686', '02438256686', 'landline'],
    ['+84 24 3825 6686', '02438256686', 'landline'],
    ['0203 3825 668', '02033825668', 'landline'],
  ])('%s → %s', (text, national, kind) => {
    expect(checkPhone(text)).toEqual({ ok: true, national, kind });
  });

  it.each([
    ['091234567', 'PHONE_LENGTH'],
    ['09123456789', 'PHONE_LENGTH'],
    ['0243825668', 'PHONE_LENGTH'],
    ['0', 'PHONE_LENGTH'],
    ['0112345678', 'PHONE_PREFIX'],
    ['0412345678', 'PHONE_PREFIX'],
    ['0612345678', 'PHONE_PREFIX'],
    ['1900 1234', 'PHONE_PREFIX'],
    ['912345678', 'PHONE_PREFIX'],
    ['+1 202 555 0100', 'PHONE_PREFIX'],
    ['0912 abc 678', 'PHONE_INVALID'],
    ['09+12345678', 'PHONE_INVALID'],
    ['', 'PHONE_INVALID'],
  ])('%s → %s', (text, code) => {
    expect(checkPhone(text)).toEqual({ ok: false, code });
  });
});

// The pure rules of enrolment: code shape and typing slips, bearer headers, and when the hub
// enrols kiosks by itself.
import { describe, expect, it } from 'vitest';
import { readHubSettings } from '../process/settings';
import { autoEnrolmentAllowed } from './auto-enrolment';
import { makeEnrolmentCode, normalizeEnrolmentCode } from './enrolment-code';
import { makeKioskToken, readBearerToken } from './kiosk-token';

describe('enrolment codes', () => {
  it('are ten Crockford symbols, read back despite case, spaces and look-alike letters', () => {
    const code = makeEnrolmentCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(normalizeEnrolmentCode(code.toLowerCase().replace('-', '  '))).toBe(code);
    expect(normalizeEnrolmentCode('oil1o-ABCDE')).toBe('01110-ABCDE');
    expect(normalizeEnrolmentCode('ABCDE-FGHJ')).toBeUndefined();
    expect(normalizeEnrolmentCode('ABCDE-FGHJU')).toBeUndefined();
    expect(new Set(Array.from({ length: 200 }, makeEnrolmentCode)).size).toBe(200);
  });
});

describe('bearer tokens', () => {
  it('are read only from "Bearer <token>"', () => {
    const token = makeKioskToken();
    expect(readBearerToken(`Bearer ${token}`)).toEqual({ token });
    expect(readBearerToken(`bearer  ${token}`)).toEqual({ token });
    expect(readBearerToken(undefined)).toEqual({ problem: 'missing' });
    expect(readBearerToken(`Token ${token}`)).toEqual({ problem: 'malformed' });
    expect(readBearerToken(`Bearer ${token} extra`)).toEqual({ problem: 'malformed' });
  });
});

describe('automatic enrolment', () => {
  it('is on for the local demo: loopback alone, not production', () => {
    for (const HOST of [undefined, '127.0.0.1', '::1', 'localhost', 'LOCALHOST']) {
      expect(autoEnrolmentAllowed(readHubSettings({ HOST }))).toBe(true);
    }
  });

  it('is off when the hub listens beyond loopback or runs in production', () => {
    for (const HOST of ['0.0.0.0', '::', '192.168.1.20', 'hub.phuong.example', '127.0.0.2']) {
      expect(autoEnrolmentAllowed(readHubSettings({ HOST }))).toBe(false);
    }
    expect(autoEnrolmentAllowed(readHubSettings({ NODE_ENV: 'production' }))).toBe(false);
    expect(
      autoEnrolmentAllowed(readHubSettings({ HOST: '127.0.0.1', NODE_ENV: 'production' })),
    ).toBe(false);
  });
});

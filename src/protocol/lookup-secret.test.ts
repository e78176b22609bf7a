import { describe, expect, it } from 'vitest';
import {
  constantTimeEqual,
  derivePin,
  formatPin,
  hashLookupPin,
  hashLookupSecret,
  isLookupSecret,
  lookupUrl,
  makeLookupSecret,
  normalizePin,
} from './lookup-secret';
import { fromBase64Url } from './base64url';

describe('lookup secret', () => {
  it('is 128 random bits in base64url, different every time', () => {
    const secrets = new Set(Array.from({ length: 1000 }, makeLookupSecret));
    expect(secrets.size).toBe(1000);
    for (const s of secrets) {
      expect(s).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(fromBase64Url(s)?.length).toBe(16);
      expect(isLookupSecret(s)).toBe(true);
    }
    expect(isLookupSecret('short')).toBe(false);
    expect(isLookupSecret(`${makeLookupSecret()}A`)).toBe(false);
  });

  it('derives the same 8-digit PIN on kiosk and hub, spread over all digits', async () => {
    const secret = makeLookupSecret();
    const pin = await derivePin(secret);
    expect(pin).toMatch(/^\d{8}$/);
    expect(await derivePin(secret)).toBe(pin);
    const firstDigits = new Set<string>();
    for (let i = 0; i < 200; i++) firstDigits.add((await derivePin(makeLookupSecret()))[0]!);
    expect(firstDigits.size).toBe(10);
  });

  it('prints and reads the PIN as people type it', () => {
    expect(formatPin('01234567')).toBe('0123 4567');
    expect(normalizePin(' 0123 4567 ')).toBe('01234567');
    expect(normalizePin('0123-4567')).toBe('01234567');
    expect(normalizePin('0123456')).toBeUndefined();
    expect(normalizePin('0123456a')).toBeUndefined();
  });

  it('hashes with domain separation, bound to the code, in any typed form of the code', async () => {
    const secret = makeLookupSecret();
    const h = await hashLookupSecret('K7Q-001A-W', secret);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashLookupSecret('k7q 001a w', secret)).toBe(h);
    expect(await hashLookupSecret('K7Q-001B-0', secret)).not.toBe(h);
    expect(await hashLookupPin('K7Q-001A-W', secret)).not.toBe(h);
    const plain = new Uint8Array(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret)),
    );
    expect(h).not.toBe(Array.from(plain, (b) => b.toString(16).padStart(2, '0')).join(''));
    expect(await hashLookupPin('K7Q-001A-W', '01234567')).not.toBe(
      await hashLookupPin('K7Q-001B-0', '01234567'),
    );
  });

  it('compares hashes without short-cutting on length tricks', () => {
    expect(constantTimeEqual('abcd', 'abcd')).toBe(true);
    expect(constantTimeEqual('abcd', 'abce')).toBe(false);
    expect(constantTimeEqual('abcd', 'abc')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });

  it('puts the secret in the fragment of the status address', () => {
    const url = new URL(lookupUrl('https://hub.example.vn/', 'K7Q-001A-W', 'sEcReT_-'));
    expect(url.pathname).toBe('/s/K7Q-001A-W');
    expect(url.search).toBe('');
    expect(url.hash).toBe('#sEcReT_-');
  });
});

import { describe, expect, it } from 'vitest';
import { EnvelopeError } from './envelope';
import { makeLookupSecret } from './lookup-secret';
import {
  decodeSubmissionPayload,
  encodeSubmissionPayload,
  type SubmissionPlaintext,
} from './submission-payload';

function jpeg(size: number, seed: number): Uint8Array {
  const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed) & 0xff);
  bytes.set([0xff, 0xd8, 0xff], 0);
  return bytes;
}

const plain: SubmissionPlaintext = {
  procedureId: 'dang-ky-khai-sinh',
  language: 'vi',
  lookupSecret: makeLookupSecret(),
  answers: {
    'ho-ten': 'Nguyễn Thị Hoà',
    'so-con': 2,
    'dong-y': true,
    'dia-chi': { phuong: 'Hoàn Kiếm' },
  },
  attachments: [
    { field: 'cccd-front', mediaType: 'image/jpeg', bytes: jpeg(200_000, 1) },
    { field: 'empty', mediaType: 'application/pdf', bytes: new Uint8Array() },
    { field: 'cccd-back', mediaType: 'image/jpeg', bytes: jpeg(150_001, 2) },
  ],
};

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(EnvelopeError);
    return (e as EnvelopeError).code;
  }
  return undefined;
}

describe('submission payload', () => {
  it('round-trips answers, secret and attachments', () => {
    const decoded = decodeSubmissionPayload(encodeSubmissionPayload(plain));
    expect(decoded.answers).toEqual(plain.answers);
    expect(decoded.lookupSecret).toBe(plain.lookupSecret);
    expect(decoded.attachments.map((a) => [a.field, a.mediaType, a.bytes.length])).toEqual(
      plain.attachments.map((a) => [a.field, a.mediaType, a.bytes.length]),
    );
    decoded.attachments.forEach((a, i) => {
      expect(a.bytes.every((b, j) => b === plain.attachments[i]!.bytes[j])).toBe(true);
    });
  });

  it('adds only the JSON part to the photos, never base64', () => {
    const bytes = encodeSubmissionPayload(plain);
    const photos = plain.attachments.reduce((n, a) => n + a.bytes.length, 0);
    expect(bytes.length - photos).toBeLessThan(600);
  });

  it('refuses lengths that do not add up, bad JSON and other versions', () => {
    const bytes = encodeSubmissionPayload(plain);
    expect(code(() => decodeSubmissionPayload(bytes.subarray(0, bytes.length - 1)))).toBe(
      'BAD_PAYLOAD',
    );
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(code(() => decodeSubmissionPayload(longer))).toBe('BAD_PAYLOAD');
    const v2 = bytes.slice();
    v2[4] = 2;
    expect(code(() => decodeSubmissionPayload(v2))).toBe('BAD_PAYLOAD');
    const badJson = bytes.slice();
    badJson[9] = 0x5b; // '[' where '{' was
    expect(code(() => decodeSubmissionPayload(badJson))).toBe('BAD_PAYLOAD');
    expect(code(() => decodeSubmissionPayload(new Uint8Array(3)))).toBe('BAD_PAYLOAD');
  });

  it('refuses to frame what the hub would refuse', () => {
    expect(code(() => encodeSubmissionPayload({ ...plain, lookupSecret: 'x' }))).toBe(
      'BAD_PAYLOAD',
    );
    expect(code(() => encodeSubmissionPayload({ ...plain, procedureId: 'Đăng ký' }))).toBe(
      'BAD_PAYLOAD',
    );
    const badType = { field: 'x', mediaType: 'JPEG', bytes: new Uint8Array(1) };
    expect(code(() => encodeSubmissionPayload({ ...plain, attachments: [badType] }))).toBe(
      'BAD_PAYLOAD',
    );
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import {
  EnvelopeError,
  exportHubPrivateKey,
  exportHubPublicKey,
  generateHubKeyPair,
  importHubPrivateKey,
  importHubPublicKey,
  openSubmission,
  parseEnvelopeHeader,
  sealSubmission,
  type HubKey,
} from './envelope';
import { makeTrackingCode } from './tracking-code';

let hub: { publicKey: HubKey; privateKey: HubKey };
let kioskCopyOfPublicKey: HubKey;

const ids = {
  submissionId: '0b6f3c1e-5d2a-4c3b-9f1e-2a7d8c9e0f11',
  kioskId: 'kiosk-hk-0012',
  trackingCode: makeTrackingCode('K7Q', 42),
};
const payload = new TextEncoder().encode('{"answers":{"họ tên":"Nguyễn Văn A"}}');

async function seal(over: Partial<typeof ids> = {}, body: Uint8Array = payload) {
  return sealSubmission({ hubPublicKey: kioskCopyOfPublicKey, ...ids, ...over, payload: body });
}

async function rejection(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(EnvelopeError);
    return (e as EnvelopeError).code;
  }
  return 'OPENED';
}

beforeAll(async () => {
  hub = await generateHubKeyPair();
  // The kiosk holds only what enrolment pinned: the public key as text.
  kioskCopyOfPublicKey = await importHubPublicKey(await exportHubPublicKey(hub.publicKey));
});

describe('envelope', () => {
  it('round-trips, with a readable non-personal header', async () => {
    const envelope = await seal();
    const header = parseEnvelopeHeader(envelope);
    expect(header).toMatchObject({ version: 1, ...ids });
    expect(Math.abs(header.createdAt - Date.now())).toBeLessThan(5000);
    const opened = await openSubmission({ hubPrivateKey: hub.privateKey, envelope, expected: ids });
    expect(opened.header).toEqual(header);
    expect(new TextDecoder().decode(opened.payload)).toBe(new TextDecoder().decode(payload));
    expect(new TextDecoder().decode(envelope)).not.toContain('Nguyễn');
  });

  it('keeps megabytes of photo bytes at their size (no base64)', async () => {
    const photo = globalThis.crypto.getRandomValues(new Uint8Array(65536));
    const big = new Uint8Array(3 * 1024 * 1024);
    for (let i = 0; i < big.length; i += photo.length) big.set(photo, i);
    const envelope = await seal({}, big);
    expect(envelope.length - big.length).toBeLessThan(200);
    const opened = await openSubmission({ hubPrivateKey: hub.privateKey, envelope });
    expect(opened.payload.length).toBe(big.length);
    expect(opened.payload.every((b, i) => b === big[i])).toBe(true);
  });

  it('cannot be opened on the kiosk, which has only the public key', async () => {
    const envelope = await seal();
    expect(await rejection(openSubmission({ hubPrivateKey: kioskCopyOfPublicKey, envelope }))).toBe(
      'BAD_KEY',
    );
    const other = await generateHubKeyPair();
    expect(await rejection(openSubmission({ hubPrivateKey: other.privateKey, envelope }))).toBe(
      'OPEN_FAILED',
    );
  });

  it('rejects all of 1,000 envelopes with one random bit flipped anywhere', async () => {
    const outcomes = new Map<string, number>();
    for (let n = 0; n < 1000; n++) {
      const body = globalThis.crypto.getRandomValues(new Uint8Array(1 + (n % 300)));
      const envelope = await seal({ trackingCode: makeTrackingCode('K7Q', n) }, body);
      const bit = Math.floor(Math.random() * envelope.length * 8);
      envelope[bit >> 3]! ^= 1 << (bit & 7);
      const code = await rejection(openSubmission({ hubPrivateKey: hub.privateKey, envelope }));
      outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
    }
    expect(outcomes.get('OPENED')).toBeUndefined();
    expect(outcomes.get('OPEN_FAILED')).toBeGreaterThan(500);
  });

  it('rejects every one-bit change of an envelope, bit by bit', async () => {
    const envelope = await seal();
    const opened: number[] = [];
    for (let bit = 0; bit < envelope.length * 8; bit++) {
      const tampered = envelope.slice();
      tampered[bit >> 3]! ^= 1 << (bit & 7);
      const code = await rejection(
        openSubmission({ hubPrivateKey: hub.privateKey, envelope: tampered }),
      );
      if (code === 'OPENED') opened.push(bit);
    }
    expect(opened).toEqual([]);
  });

  it('rejects a ciphertext moved under another id, kiosk or code', async () => {
    const original = await seal();
    const others = [
      { submissionId: '0b6f3c1e-5d2a-4c3b-9f1e-2a7d8c9e0f12' },
      { kioskId: 'kiosk-hk-0013' },
      { trackingCode: makeTrackingCode('K7Q', 43) },
    ];
    for (const over of others) {
      const donor = await seal(over);
      // Same-length headers: graft the other header onto the original key and ciphertext.
      expect(donor.length).toBe(original.length);
      const headerEnd = original.length - (payload.length + 16) - 65;
      const swapped = original.slice();
      swapped.set(donor.subarray(0, headerEnd), 0);
      expect(parseEnvelopeHeader(swapped)).toMatchObject(over);
      expect(
        await rejection(openSubmission({ hubPrivateKey: hub.privateKey, envelope: swapped })),
      ).toBe('OPEN_FAILED');
    }
  });

  it('checks expected ids before decrypting', async () => {
    const envelope = await seal();
    for (const expected of [
      { submissionId: '0b6f3c1e-5d2a-4c3b-9f1e-2a7d8c9e0f12' },
      { kioskId: 'someone-else' },
      { trackingCode: makeTrackingCode('K7Q', 43) },
    ]) {
      expect(
        await rejection(openSubmission({ hubPrivateKey: hub.privateKey, envelope, expected })),
      ).toBe('MISMATCH');
    }
  });

  it('rejects every truncation and any trailing byte', async () => {
    const envelope = await seal();
    for (let len = 0; len < envelope.length; len++) {
      const code = await rejection(
        openSubmission({ hubPrivateKey: hub.privateKey, envelope: envelope.subarray(0, len) }),
      );
      expect(code === 'TRUNCATED' || (len < 4 && code === 'MALFORMED')).toBe(true);
    }
    const longer = new Uint8Array(envelope.length + 1);
    longer.set(envelope);
    expect(
      await rejection(openSubmission({ hubPrivateKey: hub.privateKey, envelope: longer })),
    ).toBe('MALFORMED');
  });

  it('rejects another format version and things that are not envelopes', async () => {
    const envelope = await seal();
    const v2 = envelope.slice();
    v2[4] = 2;
    expect(() => parseEnvelopeHeader(v2)).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_VERSION' }),
    );
    const notOurs = new TextEncoder().encode('%PDF-1.7 not an envelope at all, sorry');
    expect(() => parseEnvelopeHeader(notOurs)).toThrow(
      expect.objectContaining({ code: 'MALFORMED' }),
    );
    expect(() => parseEnvelopeHeader(new Uint8Array())).toThrow(EnvelopeError);
  });

  it('refuses to seal ids that the header cannot carry faithfully', async () => {
    expect(await rejection(seal({ submissionId: 'not-a-uuid' }))).toBe('BAD_INPUT');
    expect(await rejection(seal({ submissionId: ids.submissionId.toUpperCase() }))).toBe(
      'BAD_INPUT',
    );
    expect(await rejection(seal({ kioskId: 'ki ốt' }))).toBe('BAD_INPUT');
    expect(await rejection(seal({ trackingCode: 'k7q-001a-w' }))).toBe('BAD_INPUT');
  });

  it('stores keys as text: public raw base64url, private JWK', async () => {
    const publicText = await exportHubPublicKey(hub.publicKey);
    expect(publicText).toMatch(/^[A-Za-z0-9_-]{87}$/);
    const privateText = await exportHubPrivateKey(hub.privateKey);
    expect(JSON.parse(privateText)).toMatchObject({ kty: 'EC', crv: 'P-256' });
    const reloaded = await importHubPrivateKey(privateText);
    const opened = await openSubmission({ hubPrivateKey: reloaded, envelope: await seal() });
    expect(opened.payload).toEqual(payload);
    expect(await rejection(importHubPublicKey('AAAA'))).toBe('BAD_KEY');
    const offCurve = `${publicText.slice(0, 60)}${publicText[60] === 'A' ? 'B' : 'A'}${publicText.slice(61)}`;
    expect(await rejection(importHubPublicKey(offCurve))).toBe('BAD_KEY');
    expect(await rejection(importHubPrivateKey('{"kty":"EC"}'))).toBe('BAD_KEY');
    expect(await rejection(importHubPrivateKey('not json'))).toBe('BAD_KEY');
  });
});

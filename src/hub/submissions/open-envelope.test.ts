// The hub's envelope opener agrees with the protocol's reference (openSubmission, then
// decodeSubmissionPayload, then the lookup hashes) on what the kiosk seals, whatever the size
// of the photos or of the JSON part, and refuses exactly what the reference refuses.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EnvelopeError,
  generateHubKeyPair,
  openSubmission,
  parseEnvelopeHeader,
  sealSubmission,
  splitEnvelope,
  type HubKey,
} from '../../protocol/envelope';
import {
  derivePin,
  hashLookupPin,
  hashLookupSecret,
  makeLookupSecret,
} from '../../protocol/lookup-secret';
import {
  decodeSubmissionPayload,
  encodeSubmissionPayload,
} from '../../protocol/submission-payload';
import { makeTrackingCode } from '../../protocol/tracking-code';
import { createEnvelopeOpener, type EnvelopeOpener } from './open-envelope';

let hub: { publicKey: HubKey; privateKey: HubKey };
let opener: EnvelopeOpener;

beforeAll(async () => {
  hub = await generateHubKeyPair();
  opener = createEnvelopeOpener(hub.privateKey);
});

async function seal(options: { photoBytes?: number; note?: string; payload?: Uint8Array } = {}) {
  const lookupSecret = makeLookupSecret();
  const trackingCode = makeTrackingCode('K7Q', 1 + Math.floor(Math.random() * 30_000));
  const payload =
    options.payload ??
    encodeSubmissionPayload({
      procedureId: 'khai-sinh',
      language: 'vi',
      lookupSecret,
      answers: { 'ho-ten': 'Nguyễn Thị Ánh', 'ghi-chu': options.note ?? '' },
      attachments: [
        { field: 'anh', mediaType: 'image/jpeg', bytes: randomBytes(options.photoBytes ?? 0) },
      ],
    });
  const envelope = await sealSubmission({
    hubPublicKey: hub.publicKey,
    submissionId: crypto.randomUUID(),
    kioskId: 'kiosk-1',
    trackingCode,
    payload,
  });
  return { envelope, lookupSecret, trackingCode };
}

// What the hub learnt from an envelope before it opened envelopes itself.
async function reference(envelope: Uint8Array) {
  const { header, payload } = await openSubmission({ hubPrivateKey: hub.privateKey, envelope });
  const { lookupSecret } = decodeSubmissionPayload(payload);
  return {
    header,
    lookupSecretHash: await hashLookupSecret(header.trackingCode, lookupSecret),
    lookupPinHash: await hashLookupPin(header.trackingCode, await derivePin(lookupSecret)),
  };
}

async function outcome(open: () => unknown): Promise<unknown> {
  try {
    return await open();
  } catch (error) {
    expect(error).toBeInstanceOf(EnvelopeError);
    return (error as EnvelopeError).code;
  }
}

describe('createEnvelopeOpener', () => {
  it('learns what the reference learns, from a bare form to 12 MB of photos', async () => {
    const cases = [
      { photoBytes: 0 },
      { photoBytes: 1 },
      { photoBytes: 64 * 1024 - 300 },
      { photoBytes: 200_001 },
      { photoBytes: 12 * 1024 * 1024 - 1024 },
      // A JSON part longer than one slice of deciphered bytes.
      { photoBytes: 10, note: 'ă'.repeat(70_000) },
    ];
    for (const options of cases) {
      const { envelope, lookupSecret, trackingCode } = await seal(options);
      const opened = opener.open(envelope);
      expect(opened).toEqual(await reference(envelope));
      expect(opened.header).toEqual(parseEnvelopeHeader(envelope));
      expect(opened.lookupSecretHash).toBe(await hashLookupSecret(trackingCode, lookupSecret));
    }
  });

  it('refuses exactly what the reference refuses, with the same code', async () => {
    const { envelope } = await seal({ photoBytes: 100_000 });
    const other = await seal({ photoBytes: 100_000 });
    const variants: Uint8Array[] = [];
    for (let i = 0; i < 200; i++) {
      const tampered = new Uint8Array(envelope);
      tampered[Math.floor(Math.random() * tampered.length)]! ^= 1 << Math.floor(Math.random() * 8);
      variants.push(tampered);
    }
    const headerEnd = splitEnvelope(envelope).associatedData.length;
    variants.push(envelope.subarray(0, envelope.length - 1), envelope.subarray(0, headerEnd));
    // Another envelope's key and ciphertext under this header (same lengths, other bytes).
    const swapped = new Uint8Array(envelope);
    swapped.set(other.envelope.subarray(headerEnd), headerEnd);
    variants.push(swapped);
    const codes = new Map<unknown, number>();
    for (const variant of variants) {
      const mine = await outcome(() => opener.open(variant));
      expect(mine).toEqual(await outcome(() => reference(variant)));
      codes.set(mine, (codes.get(mine) ?? 0) + 1);
    }
    expect(codes.get('OPEN_FAILED')).toBeGreaterThan(150);
  });

  it('refuses an envelope that opens but holds no submission payload', async () => {
    for (const payload of [new Uint8Array(), randomBytes(5), randomBytes(70_000)]) {
      const { envelope } = await seal({ payload });
      expect(await outcome(() => opener.open(envelope))).toBe('BAD_PAYLOAD');
      expect(await outcome(() => reference(envelope))).toBe('BAD_PAYLOAD');
    }
  });

  it('needs the private key', () => {
    expect(() => createEnvelopeOpener(hub.publicKey)).toThrow(EnvelopeError);
  });
});

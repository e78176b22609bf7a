// The hub's HPKE recipient against RFC 9180's own test vector for the suite, and against what
// @hpke/core (the kiosk's sealer) makes: random keys, info, associated data and lengths.
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import { KeyObject, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHpkeRecipient, HPKE_TAG_BYTES, type HpkeRecipient } from './hpke-recipient';

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');

function open(recipient: HpkeRecipient, enc: Uint8Array, aad: Uint8Array, ct: Uint8Array) {
  const decipher = recipient.decipherFirstMessage(enc, aad);
  decipher.setAuthTag(ct.subarray(ct.length - HPKE_TAG_BYTES));
  return Buffer.concat([
    decipher.update(ct.subarray(0, ct.length - HPKE_TAG_BYTES)),
    decipher.final(),
  ]);
}

const suite = new CipherSuite({
  kem: new DhkemP256HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes128Gcm(),
});

async function newRecipient(info: Uint8Array) {
  const pair = await suite.kem.generateKeyPair();
  const jwk = KeyObject.from(pair.privateKey).export({ format: 'jwk' });
  const recipient = createHpkeRecipient(Buffer.from(jwk.d!, 'base64url'), info);
  return { pair, recipient };
}

describe('createHpkeRecipient', () => {
  it('opens RFC 9180 A.3.1 (DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode)', () => {
    const recipient = createHpkeRecipient(
      hex('f3ce7fdae57e1a310d87f1ebbde6f328be0a99cdbcadf4d6589cf29de4b8ffd2'),
      hex('4f6465206f6e2061204772656369616e2055726e'),
    );
    expect(Buffer.from(recipient.publicKey).toString('hex')).toBe(
      '04fe8c19ce0905191ebc298a9245792531f26f0cece2460639e8bc39cb7f70' +
        '6a826a779b4cf969b8a0e539c7f62fb3d30ad6aa8f80e30f1d128aafd68a2ce72ea0',
    );
    const enc = hex(`04a92719c6195d5085104f469a8b9814d5838ff72b60501e2c4466e5e67b325
      ac98536d7b61a1af4b78e5b7f951c0900be863c403ce65c9bfcb9382657222d18c4`);
    const ct = hex(`5ad590bb8baa577f8619db35a36311226a896e7342a6d836d8b7bcd2f20b6c7f
      9076ac232e3ab2523f39513434`);
    const pt = open(recipient, enc, hex('436f756e742d30'), ct);
    expect(pt.toString('latin1')).toBe('Beauty is truth, truth beauty');
    expect(() => open(recipient, enc, hex('436f756e742d31'), ct)).toThrow();
  });

  it('opens what @hpke/core seals, and nothing changed by a single bit', async () => {
    for (let round = 0; round < 20; round++) {
      const info = randomBytes(round);
      const { pair, recipient } = await newRecipient(info);
      const aad = randomBytes(round * 7);
      const plaintext = randomBytes(round === 0 ? 0 : 1 + round * 3001);
      const sealed = await suite.seal({ recipientPublicKey: pair.publicKey, info }, plaintext, aad);
      const enc = new Uint8Array(sealed.enc);
      const ct = new Uint8Array(sealed.ct);
      expect(Buffer.compare(open(recipient, enc, aad, ct), plaintext)).toBe(0);

      const flipped = (bytes: Uint8Array) => {
        const copy = new Uint8Array(bytes);
        copy[Math.floor(Math.random() * copy.length)]! ^= 1 << Math.floor(Math.random() * 8);
        return copy;
      };
      expect(() => open(recipient, enc, aad, flipped(ct))).toThrow();
      expect(() => open(recipient, flipped(enc), aad, ct)).toThrow();
      if (aad.length) expect(() => open(recipient, enc, flipped(aad), ct)).toThrow();
      const other = await newRecipient(info);
      expect(() => open(other.recipient, enc, aad, ct)).toThrow();
    }
  });

  it('refuses an encapsulated key that is not an uncompressed point on P-256', () => {
    const recipient = createHpkeRecipient(randomBytes(32), new Uint8Array());
    const notOnCurve = new Uint8Array(65);
    notOnCurve[0] = 4;
    expect(() => recipient.decipherFirstMessage(notOnCurve, new Uint8Array())).toThrow();
    expect(() =>
      recipient.decipherFirstMessage(recipient.publicKey.subarray(0, 33), new Uint8Array()),
    ).toThrow();
  });
});

// The recipient's side of HPKE (RFC 9180, base mode) for the one suite envelopes use:
// DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, on node:crypto. Kiosks seal with
// @hpke/core through Web Crypto; the hub opens here instead, synchronously: Web Crypto in Node
// sends each of the dozen steps of an open to the thread pool, where they queue behind the
// blob store's fsyncs, and costs the event loop more than the cryptography itself.
import { createDecipheriv, createECDH, createHmac, type DecipherGCM } from 'node:crypto';

const KEM_ID = 0x0010; // DHKEM(P-256, HKDF-SHA256)
const KDF_ID = 0x0001; // HKDF-SHA256
const AEAD_ID = 0x0001; // AES-128-GCM
const SECRET_BYTES = 32; // Nsecret
const KEY_BYTES = 16; // Nk
const NONCE_BYTES = 12; // Nn
const HASH_BYTES = 32; // Nh
const MODE_BASE = 0x00;

/** Bytes of an encapsulated key (Nenc): an uncompressed P-256 point. */
export const HPKE_ENC_BYTES = 65;
/** Bytes of the AES-128-GCM tag at the end of a ciphertext (Nt). */
export const HPKE_TAG_BYTES = 16;

const ascii = (text: string) => Buffer.from(text, 'latin1');
const i2osp = (n: number, bytes: number) => {
  const out = Buffer.alloc(bytes);
  out.writeUIntBE(n, 0, bytes);
  return out;
};
const EMPTY = Buffer.alloc(0);
const VERSION_LABEL = ascii('HPKE-v1');
const KEM_SUITE = Buffer.concat([ascii('KEM'), i2osp(KEM_ID, 2)]);
const HPKE_SUITE = Buffer.concat([
  ascii('HPKE'),
  i2osp(KEM_ID, 2),
  i2osp(KDF_ID, 2),
  i2osp(AEAD_ID, 2),
]);

// HKDF-Extract with an empty salt is HMAC under HashLen zero bytes (RFC 5869 §2.2).
function extract(salt: Uint8Array, ikm: readonly Uint8Array[]): Buffer {
  const hmac = createHmac('sha256', salt.length ? salt : Buffer.alloc(HASH_BYTES));
  for (const part of ikm) hmac.update(part);
  return hmac.digest();
}

function expand(prk: Uint8Array, info: readonly Uint8Array[], length: number): Buffer {
  const blocks: Buffer[] = [];
  let previous = EMPTY;
  for (let i = 1; blocks.length * HASH_BYTES < length; i++) {
    const hmac = createHmac('sha256', prk).update(previous);
    for (const part of info) hmac.update(part);
    previous = hmac.update(Uint8Array.of(i)).digest();
    blocks.push(previous);
  }
  return Buffer.concat(blocks).subarray(0, length);
}

function labeledExtract(suite: Buffer, salt: Uint8Array, label: string, ikm: Uint8Array) {
  return extract(salt, [VERSION_LABEL, suite, ascii(label), ikm]);
}

function labeledExpand(
  suite: Buffer,
  prk: Uint8Array,
  label: string,
  info: readonly Uint8Array[],
  length: number,
) {
  return expand(prk, [i2osp(length, 2), VERSION_LABEL, suite, ascii(label), ...info], length);
}

/** A private key ready to open what was sealed to it with one `info`. */
export interface HpkeRecipient {
  /** pk(skR), serialised: the uncompressed point kiosks seal to. */
  readonly publicKey: Uint8Array;
  /**
   * Sets up the context `enc` encapsulates (SetupBaseR) and returns the AES-128-GCM decipher
   * for its first message with `aad` set; the caller sets the tag, then updates and finals,
   * trusting nothing before `final()` returns. Throws when `enc` is not a point on P-256.
   */
  decipherFirstMessage(enc: Uint8Array, aad: Uint8Array): DecipherGCM;
}

/** A recipient for the raw P-256 private scalar `privateKey` (32 bytes) and `info`. */
export function createHpkeRecipient(privateKey: Uint8Array, info: Uint8Array): HpkeRecipient {
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(privateKey);
  const publicKey = new Uint8Array(ecdh.getPublicKey());
  // psk and psk_id are empty in base mode, and info is fixed: the context is the same for all.
  const keyScheduleContext = Buffer.concat([
    Uint8Array.of(MODE_BASE),
    labeledExtract(HPKE_SUITE, EMPTY, 'psk_id_hash', EMPTY),
    labeledExtract(HPKE_SUITE, EMPTY, 'info_hash', info),
  ]);
  return {
    publicKey,
    decipherFirstMessage(enc, aad) {
      if (enc.length !== HPKE_ENC_BYTES) throw new Error('enc is not an uncompressed P-256 point');
      // Decap: DeserializePublicKey checks the point is on the curve, then DH gives its x.
      const dh = ecdh.computeSecret(enc);
      const eaePrk = labeledExtract(KEM_SUITE, EMPTY, 'eae_prk', dh);
      const sharedSecret = labeledExpand(
        KEM_SUITE,
        eaePrk,
        'shared_secret',
        [enc, publicKey],
        SECRET_BYTES,
      );
      const secret = labeledExtract(HPKE_SUITE, sharedSecret, 'secret', EMPTY);
      const key = labeledExpand(HPKE_SUITE, secret, 'key', [keyScheduleContext], KEY_BYTES);
      // The first message's nonce is base_nonce itself (sequence number 0).
      const nonce = labeledExpand(
        HPKE_SUITE,
        secret,
        'base_nonce',
        [keyScheduleContext],
        NONCE_BYTES,
      );
      const decipher = createDecipheriv('aes-128-gcm', key, nonce, {
        authTagLength: HPKE_TAG_BYTES,
      });
      decipher.setAAD(aad);
      for (const intermediate of [dh, eaePrk, sharedSecret, secret, key]) intermediate.fill(0);
      return decipher;
    },
  };
}

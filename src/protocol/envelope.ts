// The sealed form of a submission: HPKE (RFC 9180; DHKEM P-256, HKDF-SHA256, AES-128-GCM) to
// the hub's public key. Only the hub can open it; the kiosk cannot read back what it queued.
//
// Layout, version 1 (integers big-endian):
//   "DVCE" · version u8 = 1 · submission id (16 bytes, UUID) · created at u64 (ms since epoch)
//   · tracking code (u8 length + ASCII) · kiosk id (u8 length + ASCII) · ciphertext length u32
//   · HPKE encapsulated key (65 bytes) · ciphertext (payload + 16-byte tag)
// Everything before the encapsulated key is the header, and the header's exact bytes are the
// HPKE associated data: editing any header byte, or moving a ciphertext under another header
// (other id, kiosk or code), makes the envelope fail to open.
import { Aes128Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';
import * as v from 'valibot';
import { fromBase64Url, toBase64Url } from './base64url';
import { KIOSK_ID_PATTERN, SUBMISSION_ID_PATTERN } from './submission';
import { normalizeTrackingCode } from './tracking-code';

/** The envelope format this code writes and reads. */
export const ENVELOPE_VERSION = 1;
const MAGIC = [0x44, 0x56, 0x43, 0x45]; // "DVCE"
const ENC_BYTES = 65;
const TAG_BYTES = 16;
/** The HPKE `info` every envelope is sealed with, as text (UTF-8 on the wire). */
export const ENVELOPE_HPKE_INFO = 'dvc-kiosk/submission/v1';
const INFO = new TextEncoder().encode(ENVELOPE_HPKE_INFO);

const suite = new CipherSuite({
  kem: new DhkemP256HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes128Gcm(),
});

/** A Web Crypto key, named so in every runtime this module is compiled for. */
export type HubKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

/** Why an envelope or key was refused; stable for logs, tests and HTTP answers. */
export type EnvelopeErrorCode =
  | 'TRUNCATED'
  | 'MALFORMED'
  | 'UNSUPPORTED_VERSION'
  | 'MISMATCH'
  | 'OPEN_FAILED'
  | 'BAD_KEY'
  | 'BAD_INPUT'
  | 'BAD_PAYLOAD';

/** The only error this module throws. */
export class EnvelopeError extends Error {
  constructor(
    readonly code: EnvelopeErrorCode,
    detail?: string,
  ) {
    super(detail ? `envelope: ${code} (${detail})` : `envelope: ${code}`);
    this.name = 'EnvelopeError';
  }
}

/** The non-personal header, readable without the key (and authenticated once opened). */
export interface EnvelopeHeader {
  version: number;
  submissionId: string;
  kioskId: string;
  trackingCode: string;
  /** Kiosk-clock time of sealing, ms since epoch. */
  createdAt: number;
}

/** Makes the hub's key pair; the hub keeps the private half in a file, see exportHubPrivateKey. */
export async function generateHubKeyPair(): Promise<{ publicKey: HubKey; privateKey: HubKey }> {
  return suite.kem.generateKeyPair();
}

/** The public key as the kiosk pins it: the raw P-256 point (65 bytes), base64url. */
export async function exportHubPublicKey(key: HubKey): Promise<string> {
  return toBase64Url(new Uint8Array(await suite.kem.serializePublicKey(key)));
}

/** Reads a pinned public key; BAD_KEY if it is not a P-256 point. */
export async function importHubPublicKey(text: string): Promise<HubKey> {
  const raw = fromBase64Url(text);
  if (raw?.length !== ENC_BYTES) throw new EnvelopeError('BAD_KEY', 'not a raw P-256 key');
  try {
    return await suite.kem.deserializePublicKey(raw);
  } catch {
    throw new EnvelopeError('BAD_KEY', 'not a point on P-256');
  }
}

const PrivateJwk = v.object({
  kty: v.literal('EC'),
  crv: v.literal('P-256'),
  x: v.string(),
  y: v.string(),
  d: v.string(),
});

/** The private key as a JWK JSON text, for the hub's key file (keep it mode 0600). */
export async function exportHubPrivateKey(key: HubKey): Promise<string> {
  try {
    const jwk = await globalThis.crypto.subtle.exportKey('jwk', key);
    const { kty, crv, x, y, d } = v.parse(PrivateJwk, jwk);
    return JSON.stringify({ kty, crv, x, y, d });
  } catch {
    throw new EnvelopeError('BAD_KEY', 'not an extractable P-256 private key');
  }
}

/** Reads the hub's key file written by exportHubPrivateKey. */
export async function importHubPrivateKey(jwkJson: string): Promise<HubKey> {
  try {
    const jwk = v.parse(PrivateJwk, JSON.parse(jwkJson));
    return await suite.kem.importKey('jwk', { ...jwk, ext: true }, false);
  } catch {
    throw new EnvelopeError('BAD_KEY', 'not a P-256 private JWK');
  }
}

function uuidToBytes(id: string): Uint8Array {
  const hex = id.replace(/-/g, '');
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

// Both run on every envelope a hub receives: plain loops, with no array or iterator made.
function bytesToUuid(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
    out += HEX[b[i]!]!;
  }
  return out;
}

function asciiText(bytes: Uint8Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

function encodeHeader(h: Omit<EnvelopeHeader, 'version'>, ciphertextLength: number) {
  const code = ascii(h.trackingCode);
  const kiosk = ascii(h.kioskId);
  const out = new Uint8Array(4 + 1 + 16 + 8 + 1 + code.length + 1 + kiosk.length + 4);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  out[4] = ENVELOPE_VERSION;
  out.set(uuidToBytes(h.submissionId), 5);
  view.setBigUint64(21, BigInt(h.createdAt));
  let at = 29;
  for (const part of [code, kiosk]) {
    out[at] = part.length;
    out.set(part, at + 1);
    at += 1 + part.length;
  }
  view.setUint32(at, ciphertextLength);
  return out;
}

/** Reads an envelope's layout, checking every length; the header is not yet authenticated. */
function readLayout(bytes: Uint8Array) {
  const need = (n: number) => {
    if (bytes.length < n) throw new EnvelopeError('TRUNCATED');
  };
  need(5);
  for (let i = 0; i < MAGIC.length; i++) {
    if (bytes[i] !== MAGIC[i]) throw new EnvelopeError('MALFORMED', 'not an envelope');
  }
  if (bytes[4] !== ENVELOPE_VERSION) {
    throw new EnvelopeError('UNSUPPORTED_VERSION', `version ${bytes[4]}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  need(30);
  const submissionId = bytesToUuid(bytes.subarray(5, 21));
  const createdAt = Number(view.getBigUint64(21));
  const strings: string[] = [];
  let at = 29;
  for (let i = 0; i < 2; i++) {
    need(at + 1);
    const len = bytes[at]!;
    need(at + 1 + len);
    strings.push(asciiText(bytes, at + 1, at + 1 + len));
    at += 1 + len;
  }
  need(at + 4);
  const ciphertextLength = view.getUint32(at);
  const headerEnd = at + 4;
  need(headerEnd + ENC_BYTES + ciphertextLength);
  if (bytes.length > headerEnd + ENC_BYTES + ciphertextLength) {
    throw new EnvelopeError('MALFORMED', 'bytes after the ciphertext');
  }
  const [trackingCode = '', kioskId = ''] = strings;
  if (
    !Number.isSafeInteger(createdAt) ||
    ciphertextLength < TAG_BYTES ||
    normalizeTrackingCode(trackingCode) !== trackingCode ||
    !KIOSK_ID_PATTERN.test(kioskId)
  ) {
    throw new EnvelopeError('MALFORMED', 'header fields');
  }
  const header: EnvelopeHeader = {
    version: ENVELOPE_VERSION,
    submissionId,
    kioskId,
    trackingCode,
    createdAt,
  };
  return { header, headerEnd };
}

/** The header, for the hub to check ids against the URL and token before decrypting. */
export function parseEnvelopeHeader(bytes: Uint8Array): EnvelopeHeader {
  return readLayout(bytes).header;
}

/** An envelope cut along its layout; every part is a view into the envelope's bytes. */
export interface EnvelopeParts {
  header: EnvelopeHeader;
  /** The header's exact bytes: HPKE's associated data. */
  associatedData: Uint8Array;
  /** HPKE's encapsulated key (`enc`): an uncompressed P-256 point. */
  encapsulatedKey: Uint8Array;
  /** The sealed payload followed by its 16-byte tag. */
  ciphertext: Uint8Array;
}

/** Cuts an envelope into what opening it needs, checking every length; nothing is decrypted. */
export function splitEnvelope(bytes: Uint8Array): EnvelopeParts {
  const { header, headerEnd } = readLayout(bytes);
  return {
    header,
    associatedData: bytes.subarray(0, headerEnd),
    encapsulatedKey: bytes.subarray(headerEnd, headerEnd + ENC_BYTES),
    ciphertext: bytes.subarray(headerEnd + ENC_BYTES),
  };
}

/** Seals a submission's plaintext to the hub; the kiosk keeps only the result. */
export async function sealSubmission(input: {
  hubPublicKey: HubKey;
  submissionId: string;
  kioskId: string;
  trackingCode: string;
  payload: Uint8Array;
  createdAt?: number;
}): Promise<Uint8Array<ArrayBuffer>> {
  const createdAt = input.createdAt ?? Date.now();
  if (
    !SUBMISSION_ID_PATTERN.test(input.submissionId) ||
    !KIOSK_ID_PATTERN.test(input.kioskId) ||
    normalizeTrackingCode(input.trackingCode) !== input.trackingCode ||
    !Number.isSafeInteger(createdAt) ||
    createdAt < 0
  ) {
    throw new EnvelopeError('BAD_INPUT', 'id, kiosk id, canonical code or time');
  }
  const header = encodeHeader({ ...input, createdAt }, input.payload.length + TAG_BYTES);
  let sealed: { enc: ArrayBuffer; ct: ArrayBuffer };
  try {
    sealed = await suite.seal(
      { recipientPublicKey: input.hubPublicKey, info: INFO },
      input.payload,
      header,
    );
  } catch {
    throw new EnvelopeError('BAD_KEY', 'cannot seal to this key');
  }
  const out = new Uint8Array(header.length + ENC_BYTES + sealed.ct.byteLength);
  out.set(header, 0);
  out.set(new Uint8Array(sealed.enc), header.length);
  out.set(new Uint8Array(sealed.ct), header.length + ENC_BYTES);
  return out;
}

/** Opens an envelope on the hub; `expected` ids are checked before any decryption. */
export async function openSubmission(input: {
  hubPrivateKey: HubKey;
  envelope: Uint8Array;
  expected?: Partial<Pick<EnvelopeHeader, 'submissionId' | 'kioskId' | 'trackingCode'>>;
}): Promise<{ header: EnvelopeHeader; payload: Uint8Array<ArrayBuffer> }> {
  const { envelope, expected = {} } = input;
  const { header, associatedData, encapsulatedKey, ciphertext } = splitEnvelope(envelope);
  for (const key of ['submissionId', 'kioskId', 'trackingCode'] as const) {
    const want = expected[key];
    if (want !== undefined && want !== header[key]) throw new EnvelopeError('MISMATCH', key);
  }
  if (input.hubPrivateKey.type !== 'private') throw new EnvelopeError('BAD_KEY', 'not private');
  try {
    const payload = await suite.open(
      {
        recipientKey: input.hubPrivateKey,
        enc: encapsulatedKey.slice(),
        info: INFO,
      },
      ciphertext,
      associatedData,
    );
    return { header, payload: new Uint8Array(payload) };
  } catch {
    throw new EnvelopeError('OPEN_FAILED');
  }
}

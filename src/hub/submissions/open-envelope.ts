// Opening an envelope on the hub to prove it whole and learn its lookup secret. The plaintext
// is deciphered in slices and only its JSON part kept: a 12 MB envelope's photos pass through
// 64 KB at a time, each slice wiped once counted, so opening costs little memory beyond the
// envelope itself. Nothing deciphered is looked at before the tag is checked.
import { createHash, KeyObject } from 'node:crypto';
import {
  ENVELOPE_HPKE_INFO,
  EnvelopeError,
  splitEnvelope,
  type EnvelopeHeader,
  type HubKey,
} from '../../protocol/envelope';
import { lookupHashInput, pinDigestInput, pinFromDigest } from '../../protocol/lookup-secret';
import {
  claimedPayloadHeadLength,
  decodeSubmissionPayloadHead,
  type SubmissionPayloadHead,
} from '../../protocol/submission-payload';
import { createHpkeRecipient, HPKE_TAG_BYTES } from '../keys/hpke-recipient';

/** What the hub keeps of an opened envelope: its header and hashes of its lookup secret. */
export interface OpenedEnvelope {
  header: EnvelopeHeader;
  lookupSecretHash: string;
  lookupPinHash: string;
}

/** Opens envelopes sealed to one hub key; throws EnvelopeError as openSubmission does. */
export interface EnvelopeOpener {
  open(envelope: Uint8Array): OpenedEnvelope;
}

const SLICE_BYTES = 64 * 1024;
// Enough plaintext to read the payload's prefix, which says how long the JSON part is.
const PREFIX_GUESS = 16;

const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

// The raw private scalar of a Web Crypto P-256 key (the form the hub's key file holds).
function privateScalar(key: HubKey): Buffer {
  if (key.type !== 'private') throw new EnvelopeError('BAD_KEY', 'not private');
  const { d } = KeyObject.from(key).export({ format: 'jwk' });
  if (!d) throw new EnvelopeError('BAD_KEY', 'not a P-256 private key');
  return Buffer.from(d, 'base64url');
}

/** An opener for the hub's private key. */
export function createEnvelopeOpener(hubPrivateKey: HubKey): EnvelopeOpener {
  const scalar = privateScalar(hubPrivateKey);
  try {
    return createEnvelopeOpenerForScalar(scalar);
  } finally {
    scalar.fill(0);
  }
}

/** The raw P-256 scalar of the hub's private key, for an opener in another thread. */
export function hubPrivateScalar(hubPrivateKey: HubKey): Uint8Array {
  return new Uint8Array(privateScalar(hubPrivateKey));
}

/** An opener for the raw private scalar (32 bytes); the caller may wipe it afterwards. */
export function createEnvelopeOpenerForScalar(scalar: Uint8Array): EnvelopeOpener {
  const recipient = createHpkeRecipient(scalar, new TextEncoder().encode(ENVELOPE_HPKE_INFO));

  const openHead = (envelope: Uint8Array) => {
    const { header, associatedData, encapsulatedKey, ciphertext } = splitEnvelope(envelope);
    const sealedBytes = ciphertext.length - HPKE_TAG_BYTES;
    let head = Buffer.alloc(0);
    try {
      let decipher;
      try {
        decipher = recipient.decipherFirstMessage(encapsulatedKey, associatedData);
        decipher.setAuthTag(ciphertext.subarray(sealedBytes));
      } catch {
        throw new EnvelopeError('OPEN_FAILED');
      }
      // How much to keep grows once the prefix is in; it is only a length, checked below.
      let keep = Math.min(sealedBytes, PREFIX_GUESS);
      for (let at = 0; at < sealedBytes; at += SLICE_BYTES) {
        const plain = decipher.update(
          ciphertext.subarray(at, Math.min(at + SLICE_BYTES, sealedBytes)),
        );
        for (let from = 0; head.length < keep && from < plain.length;) {
          const part = plain.subarray(from, from + keep - head.length);
          const longer = Buffer.concat([head, part]);
          head.fill(0);
          head = longer;
          from += part.length;
          keep = Math.min(sealedBytes, Math.max(keep, claimedPayloadHeadLength(head) ?? 0));
        }
        plain.fill(0);
      }
      try {
        decipher.final();
      } catch {
        throw new EnvelopeError('OPEN_FAILED');
      }
      return { header, payload: decodeSubmissionPayloadHead(head, sealedBytes) };
    } finally {
      head.fill(0);
    }
  };

  return {
    open(envelope) {
      const { header, payload } = openHead(envelope);
      return { header, ...lookupHashes(header.trackingCode, payload) };
    },
  };
}

function lookupHashes(trackingCode: string, payload: SubmissionPayloadHead) {
  const secret = payload.lookupSecret;
  const pin = pinFromDigest(createHash('sha256').update(pinDigestInput(secret)).digest());
  return {
    lookupSecretHash: sha256Hex(lookupHashInput('secret', trackingCode, secret)),
    lookupPinHash: sha256Hex(lookupHashInput('pin', trackingCode, pin)),
  };
}

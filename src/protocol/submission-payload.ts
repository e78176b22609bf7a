// The plaintext inside an envelope: one JSON part (answers, the lookup secret, and a list of
// attachments) followed by the attachments' raw bytes, so megabytes of JPEG are never base64.
//
// Layout, version 1 (integers big-endian):
//   "DVCP" · version u8 = 1 · JSON length u32 · JSON (UTF-8) · attachment bytes in list order
// The JSON lists each attachment's byte length; the lengths must add up to what follows.
import * as v from 'valibot';
import { Language } from './config/text';
import { EnvelopeError } from './envelope';
import { isLookupSecret } from './lookup-secret';

const MAGIC = [0x44, 0x56, 0x43, 0x50]; // "DVCP"
const PAYLOAD_VERSION = 1;
const PREFIX_BYTES = 9;

/** An answer as the wizard records it: any JSON value. */
export type AnswerValue =
  string | number | boolean | null | AnswerValue[] | { [key: string]: AnswerValue };

/** A photo or scan the resident attached, kept as bytes end to end. */
export interface SubmissionAttachment {
  /** The wizard field it answers, e.g. `cccd-front`. */
  field: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** What the resident submitted, before sealing. */
export interface SubmissionContent {
  procedureId: string;
  language: Language;
  answers: Record<string, AnswerValue>;
  attachments: SubmissionAttachment[];
}

/** What the envelope holds: the submission plus the lookup secret the hub will hash. */
export interface SubmissionPlaintext extends SubmissionContent {
  lookupSecret: string;
}

const JsonPart = v.object({
  procedureId: v.pipe(v.string(), v.regex(/^[a-z0-9-]{2,64}$/)),
  language: Language,
  lookupSecret: v.pipe(v.string(), v.check(isLookupSecret)),
  answers: v.record(v.string(), v.unknown()),
  attachments: v.pipe(
    v.array(
      v.object({
        field: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
        mediaType: v.pipe(v.string(), v.regex(/^[a-z]+\/[a-z0-9.+-]+$/)),
        byteLength: v.pipe(v.number(), v.integer(), v.minValue(0)),
      }),
    ),
    v.maxLength(100),
  ),
});

/**
 * Frames a submission for sealing, checked against the same schema the hub reads with, so a
 * kiosk never prints a receipt for something the hub would refuse (BAD_PAYLOAD).
 * The caller should zero the result once sealed.
 */
export function encodeSubmissionPayload(plain: SubmissionPlaintext): Uint8Array<ArrayBuffer> {
  const part = v.safeParse(JsonPart, {
    procedureId: plain.procedureId,
    language: plain.language,
    lookupSecret: plain.lookupSecret,
    answers: plain.answers,
    attachments: plain.attachments.map((a) => ({
      field: a.field,
      mediaType: a.mediaType,
      byteLength: a.bytes.length,
    })),
  });
  if (!part.success) throw new EnvelopeError('BAD_PAYLOAD', v.summarize(part.issues));
  const json = new TextEncoder().encode(JSON.stringify(part.output));
  const total = plain.attachments.reduce((n, a) => n + a.bytes.length, PREFIX_BYTES + json.length);
  const out = new Uint8Array(total);
  out.set(MAGIC, 0);
  out[4] = PAYLOAD_VERSION;
  new DataView(out.buffer).setUint32(5, json.length);
  out.set(json, PREFIX_BYTES);
  let at = PREFIX_BYTES + json.length;
  for (const a of plain.attachments) {
    out.set(a.bytes, at);
    at += a.bytes.length;
  }
  return out;
}

/** What a payload's JSON part says: everything but the attachments' bytes. */
export interface SubmissionPayloadHead extends Omit<SubmissionPlaintext, 'attachments'> {
  attachments: { field: string; mediaType: string; byteLength: number }[];
}

/**
 * How many leading bytes hold the prefix and the JSON part, as the prefix in `start` claims
 * (undefined while `start` is shorter than the prefix). Nothing is checked: call it only to
 * know how many bytes to keep, and decodeSubmissionPayloadHead on them once they are trusted.
 */
export function claimedPayloadHeadLength(start: Uint8Array): number | undefined {
  if (start.length < PREFIX_BYTES) return undefined;
  return PREFIX_BYTES + new DataView(start.buffer, start.byteOffset).getUint32(5);
}

/**
 * Reads the prefix and JSON part at the start of a payload of `payloadLength` bytes (`head`
 * may run on into the attachments), checking the attachments' lengths add up to the rest.
 */
export function decodeSubmissionPayloadHead(
  head: Uint8Array,
  payloadLength: number,
): SubmissionPayloadHead {
  if (head.length < PREFIX_BYTES || MAGIC.some((m, i) => head[i] !== m)) {
    throw new EnvelopeError('BAD_PAYLOAD', 'not a submission payload');
  }
  if (head[4] !== PAYLOAD_VERSION) throw new EnvelopeError('BAD_PAYLOAD', `version ${head[4]}`);
  const jsonEnd = claimedPayloadHeadLength(head)!;
  if (jsonEnd > payloadLength || jsonEnd > head.length) {
    throw new EnvelopeError('BAD_PAYLOAD', 'short');
  }
  let part: v.InferOutput<typeof JsonPart>;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      head.subarray(PREFIX_BYTES, jsonEnd),
    );
    part = v.parse(JsonPart, JSON.parse(text));
  } catch {
    throw new EnvelopeError('BAD_PAYLOAD', 'JSON part');
  }
  const attached = part.attachments.reduce((n, a) => n + a.byteLength, jsonEnd);
  if (attached !== payloadLength) throw new EnvelopeError('BAD_PAYLOAD', 'attachment lengths');
  return {
    procedureId: part.procedureId,
    language: part.language,
    lookupSecret: part.lookupSecret,
    answers: part.answers as Record<string, AnswerValue>,
    attachments: part.attachments,
  };
}

/** Reads an opened payload; attachments are views into `bytes`, not copies. */
export function decodeSubmissionPayload(bytes: Uint8Array): SubmissionPlaintext {
  const head = decodeSubmissionPayloadHead(bytes, bytes.length);
  let at = claimedPayloadHeadLength(bytes)!;
  const attachments = head.attachments.map((a) => {
    const end = at + a.byteLength;
    const attachment = { field: a.field, mediaType: a.mediaType, bytes: bytes.subarray(at, end) };
    at = end;
    return attachment;
  });
  return { ...head, attachments };
}

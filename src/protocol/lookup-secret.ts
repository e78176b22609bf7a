// The secret that lets a resident (and no one else) see their dossier's status.
// The kiosk makes it with the tracking code and seals it in the envelope; the receipt's QR
// carries it in the URL fragment, which browsers never send to a server or put in logs.
// The receipt also prints an 8-digit PIN derived from it, for typing on a phone or at the
// hub's status page. 8 digits (10^8) is enough because the hub is the only place a guess can
// be checked, and it rate-limits guesses per code: at 10 guesses an hour the chance of finding
// one PIN in a year is under 0.1%, where 6 digits would give about 9%. The hub stores only
// hashes of both, bound to the code, so equal PINs on different codes hash differently.
import { fromBase64Url, toBase64Url } from './base64url';
import { normalizeTrackingCode } from './tracking-code';

const SECRET_BYTES = 16;
const PIN_DIGITS = 8;
const encoder = new TextEncoder();

/** A fresh lookup secret: 128 random bits as base64url (22 characters). */
export function makeLookupSecret(): string {
  return toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

/** True when the text has the shape of a lookup secret (what the QR fragment must hold). */
export function isLookupSecret(text: string): boolean {
  return fromBase64Url(text)?.length === SECRET_BYTES;
}

// Parts joined with NUL, which none of them can contain, so the input is unambiguous.
function digestInput(parts: readonly string[]): Uint8Array<ArrayBuffer> {
  return encoder.encode(parts.join('\0'));
}

async function sha256(input: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', input));
}

/** The bytes whose SHA-256 gives a secret's PIN (see pinFromDigest). */
export function pinDigestInput(secret: string): Uint8Array<ArrayBuffer> {
  return digestInput(['dvc-kiosk/pin/v1', secret]);
}

/** The PIN from the SHA-256 of pinDigestInput: 8 decimal digits. */
export function pinFromDigest(d: Uint8Array): string {
  // 48 bits reduced mod 10^8: bias below 4·10^-7, and exact in a double.
  let n = 0;
  for (let i = 0; i < 6; i++) n = n * 256 + d[i]!;
  return String(n % 10 ** PIN_DIGITS).padStart(PIN_DIGITS, '0');
}

/** The receipt's PIN for a secret: 8 decimal digits, the same on kiosk and hub. */
export async function derivePin(secret: string): Promise<string> {
  return pinFromDigest(await sha256(pinDigestInput(secret)));
}

/** The PIN as printed: `1234 5678`. */
export function formatPin(pin: string): string {
  return `${pin.slice(0, 4)} ${pin.slice(4)}`;
}

/** The PIN from what a person typed (spaces and dashes allowed), or undefined. */
export function normalizePin(input: string): string | undefined {
  const digits = input.replace(/[\s-]+/g, '');
  return /^\d{8}$/.test(digits) ? digits : undefined;
}

/** The bytes whose SHA-256, in lower-case hex, the hub stores for a code's secret or PIN. */
export function lookupHashInput(
  kind: 'secret' | 'pin',
  trackingCode: string,
  value: string,
): Uint8Array<ArrayBuffer> {
  const code = normalizeTrackingCode(trackingCode) ?? trackingCode;
  return digestInput(['dvc-kiosk/lookup/v1', kind, code, value]);
}

async function hashLookup(kind: 'secret' | 'pin', trackingCode: string, value: string) {
  return toHex(await sha256(lookupHashInput(kind, trackingCode, value)));
}

/** What the hub stores for a code's secret: SHA-256 hex over a domain-separated input. */
export function hashLookupSecret(trackingCode: string, secret: string): Promise<string> {
  return hashLookup('secret', trackingCode, secret);
}

/** What the hub stores for a code's PIN; checked only behind the per-code rate limit. */
export function hashLookupPin(trackingCode: string, pin: string): Promise<string> {
  return hashLookup('pin', trackingCode, pin);
}

/** Compares two hashes in time independent of where they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The receipt QR's address: the secret rides in the fragment, never in the path or query. */
export function lookupUrl(hubUrl: string, trackingCode: string, secret: string): string {
  return `${hubUrl.replace(/\/+$/, '')}/s/${encodeURIComponent(trackingCode)}#${secret}`;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

// A kiosk's bearer token: 256 random bits, shown once at enrolment. The hub stores only its
// SHA-256 (a random 256-bit secret needs no slow hash) and finds the kiosk by that hash.
import { createHash, randomBytes } from 'node:crypto';
import { toBase64Url } from '../../protocol/base64url';

// The prefix lets secret scanners and people recognise a leaked token for what it is.
const TOKEN_PREFIX = 'dvck_';
const TOKEN_PATTERN = /^dvck_[A-Za-z0-9_-]{43}$/;

/** A fresh token. */
export function makeKioskToken(): string {
  return TOKEN_PREFIX + toBase64Url(randomBytes(32));
}

/** What the kiosks table keeps for a token. */
export function hashKioskToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Why an Authorization header gives no token. */
export type BearerProblem = 'missing' | 'malformed';

/** The token from `Authorization: Bearer <token>`, or why there is none. */
export function readBearerToken(
  header: string | undefined,
): { token: string } | { problem: BearerProblem } {
  if (header === undefined || header.trim() === '') return { problem: 'missing' };
  const match = /^Bearer +(\S+)$/i.exec(header.trim());
  if (!match?.[1] || !TOKEN_PATTERN.test(match[1])) return { problem: 'malformed' };
  return { token: match[1] };
}

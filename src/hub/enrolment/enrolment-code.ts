// One-time enrolment codes: ten Crockford symbols (50 bits) printed as `ABCDE-FGHJK`, typed by
// centre staff on the kiosk. A code is single use and expires, so 50 bits leave no room to
// guess one over the network; the hub stores only a hash.
import { createHash } from 'node:crypto';
import { normalizeCrockford, randomCrockford } from './crockford-base32';

const CODE_SYMBOLS = 10;

/** How long a code stays usable unless the command says otherwise. */
export const ENROLMENT_CODE_TTL_HOURS = 24;

/** A fresh code in its printed form. */
export function makeEnrolmentCode(): string {
  const symbols = randomCrockford(CODE_SYMBOLS);
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
}

/** The code as typed (any case, spaces or dashes, I/L/O for 1/1/0) in canonical form, or undefined. */
export function normalizeEnrolmentCode(input: string): string | undefined {
  const symbols = normalizeCrockford(input);
  if (symbols?.length !== CODE_SYMBOLS) return undefined;
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
}

/** What the database keeps for a canonical code: SHA-256 hex over a domain-separated input. */
export function hashEnrolmentCode(code: string): string {
  return createHash('sha256').update(`dvc-kiosk/enrolment-code/v1\0${code}`).digest('hex');
}

// Issuing and redeeming one-time enrolment codes. Redeeming marks the code used and creates
// the kiosk in one transaction: the conditional UPDATE lets exactly one of two kiosks typing
// the same code at once have it.
import type { Database } from '../storage/database';
import {
  ENROLMENT_CODE_TTL_HOURS,
  hashEnrolmentCode,
  makeEnrolmentCode,
  normalizeEnrolmentCode,
} from './enrolment-code';
import { createKiosk, type NewKiosk } from './kiosks';

/** A code to give centre staff; shown once, then only its hash exists. */
export interface IssuedEnrolmentCode {
  code: string;
  siteId: string;
  expiresAt: Date;
}

/** Makes a code that enrols one kiosk at `siteId` within `ttlHours`. */
export async function issueEnrolmentCode(
  db: Database,
  input: { siteId: string; ttlHours?: number },
): Promise<IssuedEnrolmentCode> {
  const ttlHours = input.ttlHours ?? ENROLMENT_CODE_TTL_HOURS;
  if (!(ttlHours > 0 && ttlHours <= 24 * 30)) {
    throw new RangeError('An enrolment code lasts more than 0 and at most 720 hours.');
  }
  const code = makeEnrolmentCode();
  const { rows } = await db.query<{ expires_at: Date }>(
    `insert into enrolment_codes (code_hash, site_id, expires_at)
     values ($1, $2, now() + make_interval(secs => $3)) returning expires_at`,
    [hashEnrolmentCode(code), input.siteId, Math.round(ttlHours * 3600)],
  );
  return { code, siteId: input.siteId, expiresAt: rows[0]!.expires_at };
}

/** Enrols a kiosk with a code; undefined when the code is unknown, used or expired (alike). */
export async function redeemEnrolmentCode(
  db: Database,
  input: { code: string; label?: string | undefined },
): Promise<NewKiosk | undefined> {
  const code = normalizeEnrolmentCode(input.code);
  if (!code) return undefined;
  const codeHash = hashEnrolmentCode(code);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ site_id: string }>(
      `update enrolment_codes set used_at = now()
        where code_hash = $1 and used_at is null and expires_at > now() returning site_id`,
      [codeHash],
    );
    const siteId = rows[0]?.site_id;
    if (!siteId) return undefined;
    const kiosk = await createKiosk(tx, { siteId, label: input.label, via: 'code' });
    await tx.query('update enrolment_codes set kiosk_id = $2 where code_hash = $1', [
      codeHash,
      kiosk.kioskId,
    ]);
    return kiosk;
  });
}

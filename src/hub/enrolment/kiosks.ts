// The fleet in the database: creating a kiosk (with its code prefix and token), finding it by
// token on every kiosk request, revoking it, recording its heartbeats and listing it for staff.
import { randomUUID } from 'node:crypto';
import type { HeartbeatBody } from '../../protocol/submission';
import { KIOSK_PREFIX_LENGTH } from '../../protocol/tracking-code';
import type { Queryable } from '../storage/database';
import { CROCKFORD_SYMBOLS, randomCrockford } from './crockford-base32';
import { hashKioskToken, makeKioskToken } from './kiosk-token';

/** How a kiosk came to be enrolled. */
export type EnrolmentMethod = 'code' | 'auto';

/** What a new kiosk learns once, at enrolment; the token is never shown again. */
export interface NewKiosk {
  kioskId: string;
  kioskPrefix: string;
  siteId: string;
  token: string;
}

/** Who is calling, as a kiosk request's token says. */
export interface KioskIdentity {
  id: string;
  siteId: string;
  codePrefix: string;
  revoked: boolean;
}

/** One kiosk as staff see it in a list. */
export interface KioskSummary {
  id: string;
  siteId: string;
  codePrefix: string;
  label: string | null;
  enrolledVia: EnrolmentMethod;
  createdAt: Date;
  revokedAt: Date | null;
  lastHeartbeatAt: Date | null;
  appVersion: string | null;
}

const PREFIX_SPACE = CROCKFORD_SYMBOLS.length ** KIOSK_PREFIX_LENGTH;
const RANDOM_TRIES = 16;

// Random prefixes say nothing about enrolment order; when random tries keep hitting used ones
// (a nearly full space), the first free prefix is taken instead.
async function freePrefixes(q: Queryable): Promise<string[]> {
  const { rows } = await q.query<{ code_prefix: string }>('select code_prefix from kiosks');
  const used = new Set(rows.map((row) => row.code_prefix));
  const free: string[] = [];
  for (let n = 0; n < PREFIX_SPACE && free.length < RANDOM_TRIES; n++) {
    let prefix = '';
    for (let i = KIOSK_PREFIX_LENGTH - 1; i >= 0; i--)
      prefix += CROCKFORD_SYMBOLS[(n >> (5 * i)) & 31];
    if (!used.has(prefix)) free.push(prefix);
  }
  return free;
}

/** Creates a kiosk with a prefix no kiosk (revoked ones included) ever had. */
export async function createKiosk(
  q: Queryable,
  input: { siteId: string; label?: string | undefined; via: EnrolmentMethod },
): Promise<NewKiosk> {
  const kioskId = randomUUID();
  const token = makeKioskToken();
  const tryPrefix = async (prefix: string) => {
    const { rows } = await q.query(
      `insert into kiosks (id, site_id, code_prefix, token_hash, label, enrolled_via)
       values ($1, $2, $3, $4, $5, $6) on conflict (code_prefix) do nothing returning id`,
      [kioskId, input.siteId, prefix, hashKioskToken(token), input.label ?? null, input.via],
    );
    return rows.length === 1;
  };
  const candidates = Array.from({ length: RANDOM_TRIES }, () =>
    randomCrockford(KIOSK_PREFIX_LENGTH),
  );
  for (const prefix of [...candidates, ...(await freePrefixes(q))]) {
    if (await tryPrefix(prefix))
      return { kioskId, kioskPrefix: prefix, siteId: input.siteId, token };
  }
  throw new Error(`All ${PREFIX_SPACE} kiosk prefixes are in use.`);
}

/** The kiosk a token belongs to, revoked or not; undefined for a token no kiosk has. */
export async function findKioskByToken(
  q: Queryable,
  token: string,
): Promise<KioskIdentity | undefined> {
  const { rows } = await q.query<{
    id: string;
    site_id: string;
    code_prefix: string;
    revoked: boolean;
  }>(
    `select id, site_id, code_prefix, revoked_at is not null as revoked
       from kiosks where token_hash = $1`,
    [hashKioskToken(token)],
  );
  const row = rows[0];
  return (
    row && { id: row.id, siteId: row.site_id, codePrefix: row.code_prefix, revoked: row.revoked }
  );
}

/** Revokes a kiosk's token at once; false if there is no such kiosk or it was revoked already. */
export async function revokeKiosk(q: Queryable, kioskId: string): Promise<boolean> {
  const { affectedRows } = await q.query(
    'update kiosks set revoked_at = now() where id = $1 and revoked_at is null',
    [kioskId],
  );
  return affectedRows === 1;
}

/** Keeps what the kiosk last reported, with its clock's offset from the hub's. */
export async function recordHeartbeat(
  q: Queryable,
  kioskId: string,
  heartbeat: HeartbeatBody,
): Promise<void> {
  await q.query(
    `update kiosks set last_heartbeat_at = now(), queue_counts = $2, app_version = $3,
       storage = $4, clock_skew_ms = round(extract(epoch from ($5::timestamptz - now())) * 1000)
     where id = $1`,
    [kioskId, heartbeat.outbox, heartbeat.appVersion, heartbeat.storage ?? null, heartbeat.sentAt],
  );
}

/** Every kiosk, newest first. */
export async function listKiosks(q: Queryable): Promise<KioskSummary[]> {
  const { rows } = await q.query<{
    id: string;
    site_id: string;
    code_prefix: string;
    label: string | null;
    enrolled_via: EnrolmentMethod;
    created_at: Date;
    revoked_at: Date | null;
    last_heartbeat_at: Date | null;
    app_version: string | null;
  }>(
    `select id, site_id, code_prefix, label, enrolled_via, created_at, revoked_at,
            last_heartbeat_at, app_version
       from kiosks order by created_at desc, id`,
  );
  return rows.map((row) => ({
    id: row.id,
    siteId: row.site_id,
    codePrefix: row.code_prefix,
    label: row.label,
    enrolledVia: row.enrolled_via,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    lastHeartbeatAt: row.last_heartbeat_at,
    appVersion: row.app_version,
  }));
}

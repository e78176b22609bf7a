// Enrolment: one-time codes (hashed, single use, expiring), the HTTP answer a kiosk pins,
// the local demo's automatic enrolment on and off, and the hub key the database remembers.
// PGlite always; PostgreSQL too with DATABASE_URL.
import * as v from 'valibot';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EnrolmentResponse } from '../../protocol/submission';
import { checkHubKeyRecord } from '../keys/hub-key-record';
import type { Database } from '../storage/database';
import { migrate } from '../storage/migrations';
import { testDatabaseTargets, type IsolatedDatabase } from '../storage/test-databases';
import { createTestHub, makeTestHubKeys, type TestHub } from '../test-support/kiosk-fixture';
import { hashEnrolmentCode } from './enrolment-code';
import { issueEnrolmentCode, redeemEnrolmentCode } from './enrolment-codes';
import { hashKioskToken } from './kiosk-token';
import { createKiosk, listKiosks } from './kiosks';

const SITE = 'nvh-phuong-dien-bien';

describe.each(testDatabaseTargets())('enrolment on $name', (target) => {
  let isolated: IsolatedDatabase;
  let db: Database;
  let hub: TestHub;

  beforeEach(async () => {
    isolated = await target.fresh();
    db = isolated.db;
    await migrate(db);
    hub = await createTestHub(db);
  });
  afterEach(() => isolated.dispose());
  afterAll(() => target.closeAll());

  const enrol = (app: TestHub['app'], path: string, body?: unknown) =>
    app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('enrols a kiosk once with a code typed loosely, keeping only hashes', async () => {
    const { code, expiresAt } = await issueEnrolmentCode(db, { siteId: SITE });
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3600 * 1000);

    const typed = ` ${code.toLowerCase().replace('-', ' ')} `;
    const res = await enrol(hub.app, '/api/v1/enrolments', { code: typed, label: 'Sảnh tầng 1' });
    expect(res.status).toBe(201);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const kiosk = v.parse(EnrolmentResponse, await res.json());
    expect(kiosk).toMatchObject({ siteId: SITE, hubPublicKey: hub.hubKeys.publicKey });
    expect(kiosk.token).toMatch(/^dvck_[A-Za-z0-9_-]{43}$/);

    const again = await enrol(hub.app, '/api/v1/enrolments', { code });
    expect(again.status).toBe(403);
    expect(await again.json()).toMatchObject({ error: { code: 'ENROLMENT_CODE_INVALID' } });

    const stored = await db.query<Record<string, unknown>>(
      `select c.code_hash, c.kiosk_id, k.token_hash, k.label, k.enrolled_via
         from enrolment_codes c join kiosks k on k.id = c.kiosk_id`,
    );
    expect(stored.rows).toEqual([
      {
        code_hash: hashEnrolmentCode(code),
        kiosk_id: kiosk.kioskId,
        token_hash: hashKioskToken(kiosk.token),
        label: 'Sảnh tầng 1',
        enrolled_via: 'code',
      },
    ]);
    expect(JSON.stringify(stored.rows)).not.toContain(kiosk.token);
  });

  it('refuses expired and unknown codes alike, and malformed requests with 400', async () => {
    const { code } = await issueEnrolmentCode(db, { siteId: SITE, ttlHours: 1 });
    await db.query(`update enrolment_codes set expires_at = now() - interval '1 second'`);
    for (const body of [{ code }, { code: 'ABCDE-FGHJK' }, { code: 'not a code' }]) {
      const res = await enrol(hub.app, '/api/v1/enrolments', body);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'ENROLMENT_CODE_INVALID' } });
    }
    for (const body of [{}, { code: 42 }, { code, label: 'x'.repeat(81) }]) {
      const res = await enrol(hub.app, '/api/v1/enrolments', body);
      expect(res.status).toBe(400);
    }
    expect(await listKiosks(db)).toEqual([]);
  });

  it('lets exactly one of two kiosks typing the same code at once have it', async () => {
    const { code } = await issueEnrolmentCode(db, { siteId: SITE });
    const other = await isolated.another();
    const results = await Promise.all([
      redeemEnrolmentCode(db, { code }),
      redeemEnrolmentCode(other, { code }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await listKiosks(db)).toHaveLength(1);
  });

  it('gives every kiosk its own prefix, never reused after revocation', async () => {
    const kiosks = await Promise.all(
      Array.from({ length: 40 }, () => createKiosk(db, { siteId: SITE, via: 'code' })),
    );
    const prefixes = new Set(kiosks.map((k) => k.kioskPrefix));
    expect(prefixes.size).toBe(40);
    for (const prefix of prefixes) expect(prefix).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}$/);
  });

  it('enrols automatically only when the hub allows it, whatever the request claims', async () => {
    const off = await enrol(hub.app, '/api/v1/enrolments/auto');
    expect(off.status).toBe(403);
    expect(await off.json()).toMatchObject({ error: { code: 'AUTO_ENROLMENT_OFF' } });
    const spoofed = await hub.app.request('/api/v1/enrolments/auto', {
      method: 'POST',
      headers: { 'X-Forwarded-For': '127.0.0.1', Host: 'localhost' },
    });
    expect(spoofed.status).toBe(403);
    expect(await listKiosks(db)).toEqual([]);

    const demo = await createTestHub(db, { autoEnrolment: true, hubKeys: hub.hubKeys });
    const on = await enrol(demo.app, '/api/v1/enrolments/auto');
    expect(on.status).toBe(201);
    const kiosk = v.parse(EnrolmentResponse, await on.json());
    expect(kiosk).toMatchObject({ siteId: SITE, hubPublicKey: hub.hubKeys.publicKey });
    const labelled = await enrol(demo.app, '/api/v1/enrolments/auto', { label: 'Demo' });
    expect(labelled.status).toBe(201);
    const listed = await listKiosks(db);
    expect(listed.map((k) => `${k.enrolledVia}:${k.label}`).sort()).toEqual([
      'auto:Demo',
      'auto:null',
    ]);
  });

  it('remembers the hub key and refuses to start with another', async () => {
    const first = await makeTestHubKeys();
    await checkHubKeyRecord(db, first.publicKey);
    await checkHubKeyRecord(db, first.publicKey);
    const second = await makeTestHubKeys();
    await expect(checkHubKeyRecord(db, second.publicKey)).rejects.toMatchObject({
      code: 'HUB_KEY_CHANGED',
    });
  });
});

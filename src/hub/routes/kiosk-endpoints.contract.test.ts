// Every kiosk endpoint refuses a missing, malformed, unknown, revoked or other kiosk's token,
// and the heartbeat records what the kiosk reports. PGlite always; PostgreSQL with DATABASE_URL.
import type { Hono } from 'hono';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEARTBEAT_PATH, submissionPath } from '../../protocol/submission';
import { revokeKiosk, type NewKiosk } from '../enrolment/kiosks';
import { makeKioskToken } from '../enrolment/kiosk-token';
import type { Database } from '../storage/database';
import { migrate } from '../storage/migrations';
import { testDatabaseTargets, type IsolatedDatabase } from '../storage/test-databases';
import {
  createTestHub,
  enrolTestKiosk,
  putEnvelope,
  sealTestEnvelope,
  testHeartbeat,
  type TestHub,
} from '../test-support/kiosk-fixture';

/** One kiosk endpoint, called as `kiosk` would with `authorization`. */
interface KioskEndpoint {
  name: string;
  call(app: Hono, authorization: string | undefined): Promise<Response>;
}

describe.each(testDatabaseTargets())('kiosk endpoints on $name', (target) => {
  let isolated: IsolatedDatabase;
  let db: Database;
  let hub: TestHub;
  let kiosk: NewKiosk;
  let other: NewKiosk;
  let endpoints: KioskEndpoint[];

  beforeEach(async () => {
    isolated = await target.fresh();
    db = isolated.db;
    await migrate(db);
    hub = await createTestHub(db);
    kiosk = await enrolTestKiosk(db, 'Quầy 1');
    other = await enrolTestKiosk(db, 'Quầy 2');
    const sealed = await sealTestEnvelope(hub.hubKeys, kiosk, 1);
    const auth = (authorization?: string): Record<string, string> =>
      authorization === undefined ? {} : { Authorization: authorization };
    endpoints = [
      {
        name: 'PUT submission',
        call: async (app, authorization) =>
          app.request(submissionPath(sealed.submissionId), {
            method: 'PUT',
            headers: { 'Content-Type': 'application/octet-stream', ...auth(authorization) },
            body: sealed.envelope,
          }),
      },
      {
        name: 'POST heartbeat',
        call: async (app, authorization) =>
          app.request(HEARTBEAT_PATH, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...auth(authorization) },
            body: JSON.stringify(testHeartbeat()),
          }),
      },
    ];
  });
  afterEach(() => isolated.dispose());
  afterAll(() => target.closeAll());

  const nothingRecorded = async () => {
    const { rows } = await db.query<{ n: number; beats: number }>(
      `select (select count(*) from submissions) as n,
              (select count(*) from kiosks where last_heartbeat_at is not null) as beats`,
    );
    expect(rows[0]).toEqual({ n: 0, beats: 0 });
  };

  it('answers 401 without a usable token, on every kiosk endpoint', async () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'AUTH_REQUIRED'],
      ['', 'AUTH_REQUIRED'],
      [`Basic ${kiosk.token}`, 'AUTH_MALFORMED'],
      ['Bearer', 'AUTH_MALFORMED'],
      ['Bearer not-a-kiosk-token', 'AUTH_MALFORMED'],
      [`Bearer ${kiosk.token}x`, 'AUTH_MALFORMED'],
      [`Bearer ${makeKioskToken()}`, 'AUTH_INVALID'],
    ];
    for (const endpoint of endpoints) {
      for (const [authorization, code] of cases) {
        const res = await endpoint.call(hub.app, authorization);
        expect(res.status, `${endpoint.name} with ${authorization}`).toBe(401);
        expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer /);
        expect(await res.json()).toMatchObject({ error: { code } });
      }
    }
    await nothingRecorded();
  });

  it("answers 403 to a revoked kiosk, and to another kiosk's envelope", async () => {
    expect(await revokeKiosk(db, kiosk.kioskId)).toBe(true);
    expect(await revokeKiosk(db, kiosk.kioskId)).toBe(false);
    for (const endpoint of endpoints) {
      const res = await endpoint.call(hub.app, `Bearer ${kiosk.token}`);
      expect(res.status, endpoint.name).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'KIOSK_REVOKED' } });
    }
    const [put] = endpoints;
    const stolen = await put!.call(hub.app, `Bearer ${other.token}`);
    expect(stolen.status).toBe(403);
    expect(await stolen.json()).toMatchObject({ error: { code: 'KIOSK_MISMATCH' } });
    await nothingRecorded();
  });

  it('refuses a kiosk revoked just after its token was accepted, storing nothing more', async () => {
    const put = (sealed: { submissionId: string; envelope: Uint8Array<ArrayBuffer> }) =>
      putEnvelope(hub.app, kiosk.token, sealed.submissionId, sealed.envelope);
    const first = await sealTestEnvelope(hub.hubKeys, kiosk, 2);
    const second = await sealTestEnvelope(hub.hubKeys, kiosk, 3);
    expect((await put(first)).status).toBe(201);
    expect(await revokeKiosk(db, kiosk.kioskId)).toBe(true);
    for (const sealed of [second, first, second]) {
      const res = await put(sealed);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'KIOSK_REVOKED' } });
    }
    const { rows } = await db.query<{ n: number }>('select count(*) as n from submissions');
    expect(rows[0]?.n).toBe(1);
    // The revoked kiosk's envelopes are not kept either: only the first one's bytes are.
    const kept = await db.query<{ n: number }>('select count(*) as n from submission_envelopes');
    expect(kept.rows[0]?.n).toBe(1);
  });

  it("refuses a tracking code that does not carry the kiosk's prefix", async () => {
    const forged = await sealTestEnvelope(
      hub.hubKeys,
      { kioskId: kiosk.kioskId, kioskPrefix: other.kioskPrefix },
      1,
    );
    const res = await hub.app.request(submissionPath(forged.submissionId), {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/octet-stream',
        Authorization: `Bearer ${kiosk.token}`,
      },
      body: forged.envelope,
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'TRACKING_CODE_NOT_THIS_KIOSK' } });
  });

  it('records a heartbeat against the calling kiosk only', async () => {
    const beat = testHeartbeat(3);
    const res = await hub.app.request(HEARTBEAT_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${other.token}` },
      body: JSON.stringify(beat),
    });
    expect(res.status).toBe(204);
    const { rows } = await db.query<{
      id: string;
      queue_counts: unknown;
      app_version: string | null;
      beat: boolean;
    }>(
      `select id, queue_counts, app_version, last_heartbeat_at is not null as beat
         from kiosks order by label`,
    );
    expect(rows).toEqual([
      { id: kiosk.kioskId, queue_counts: {}, app_version: null, beat: false },
      { id: other.kioskId, queue_counts: beat.outbox, app_version: beat.appVersion, beat: true },
    ]);

    const bad = await hub.app.request(HEARTBEAT_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${other.token}` },
      body: JSON.stringify({ ...beat, outbox: { ...beat.outbox, queued: -1 } }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_HEARTBEAT' } });
  });
});

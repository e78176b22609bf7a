// Exactly once, whatever fails: PUT /api/v1/submissions/:id through injected requests, on
// PGlite and (with DATABASE_URL) on PostgreSQL.
import { readdir } from 'node:fs/promises';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importHubPublicKey, sealSubmission } from '../../protocol/envelope';
import { hashLookupSecret, makeLookupSecret } from '../../protocol/lookup-secret';
import { encodeSubmissionPayload } from '../../protocol/submission-payload';
import { MAX_ENVELOPE_BYTES, SubmissionPutResult, submissionPath } from '../../protocol/submission';
import * as v from 'valibot';
import { blobAddress } from '../blobs/blob-store';
import { createMemoryBlobStore } from '../blobs/memory-blob-store';
import type { NewKiosk } from '../enrolment/kiosks';
import type { Database } from '../storage/database';
import { migrate } from '../storage/migrations';
import { testDatabaseTargets, type IsolatedDatabase } from '../storage/test-databases';
import { tempFolder } from '../test-support/app-fixture';
import { readEnvelope } from './receive-submission';
import {
  createTestHub,
  enrolTestKiosk,
  putEnvelope,
  sealTestEnvelope,
  type TestHub,
} from '../test-support/kiosk-fixture';

// A database that fails once around the submission insert: before it runs (the hub dies
// between blob and row) or after it commits (the answer is lost on the way back).
function failOnceAroundInsert(db: Database, when: 'before' | 'after'): Database {
  let failed = false;
  return {
    ...db,
    async query(sql, params) {
      const isInsert = !failed && sql.includes('insert into submissions');
      if (isInsert && when === 'before') {
        failed = true;
        throw new Error('hub stopped before writing the row');
      }
      const result = await db.query(sql, params);
      if (isInsert) {
        failed = true;
        throw new Error('connection lost after commit');
      }
      return result as never;
    },
  };
}

describe.each(testDatabaseTargets())('submissions on $name', (target) => {
  let isolated: IsolatedDatabase;
  let db: Database;
  let hub: TestHub;
  let blobs: ReturnType<typeof createMemoryBlobStore>;
  let kiosk: NewKiosk;

  beforeEach(async () => {
    isolated = await target.fresh();
    db = isolated.db;
    await migrate(db);
    blobs = createMemoryBlobStore();
    hub = await createTestHub(db, { blobs });
    kiosk = await enrolTestKiosk(db);
  });
  afterEach(() => isolated.dispose());
  afterAll(() => target.closeAll());

  const count = async (table: string) =>
    (await db.query<{ n: number }>(`select count(*) as n from ${table}`)).rows[0]?.n;

  it('stores with 201, answers the same bytes with 200 and other bytes with 409', async () => {
    const sealed = await sealTestEnvelope(hub.hubKeys, kiosk, 1, 2048);
    const first = await putEnvelope(hub.app, kiosk.token, sealed.submissionId, sealed.envelope);
    expect(first.status).toBe(201);
    const stored = v.parse(SubmissionPutResult, await first.json());
    expect(stored).toMatchObject({ trackingCode: sealed.trackingCode, outcome: 'stored' });

    const again = await putEnvelope(hub.app, kiosk.token, sealed.submissionId, sealed.envelope);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ...stored, outcome: 'already-stored' });

    const other = await sealTestEnvelope(hub.hubKeys, kiosk, 1, 2048);
    const swapped = new Uint8Array(other.envelope);
    swapped.set(sealed.envelope.subarray(5, 21), 5); // same id, other bytes
    const conflict = await putEnvelope(hub.app, kiosk.token, sealed.submissionId, swapped);
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ error: { code: 'SUBMISSION_CONFLICT' } });

    const sha256 = blobAddress(sealed.envelope);
    // A small envelope is kept in the database with its row, not in the blob store.
    expect(await readEnvelope({ database: db, blobs }, sha256)).toEqual(sealed.envelope);
    expect(blobs.blobs.size).toBe(0);
    expect(await count('submission_envelopes')).toBe(1);
    const { rows } = await db.query(
      `select s.kiosk_id, s.tracking_code, s.envelope_sha256, s.envelope_bytes, s.status,
              s.lookup_secret_hash, e.status as event, e.actor
         from submissions s join submission_events e on e.submission_id = s.id`,
    );
    expect(rows).toEqual([
      {
        kiosk_id: kiosk.kioskId,
        tracking_code: sealed.trackingCode,
        envelope_sha256: sha256,
        envelope_bytes: sealed.envelope.length,
        status: 'received',
        lookup_secret_hash: await hashLookupSecret(sealed.trackingCode, sealed.lookupSecret),
        event: 'received',
        actor: `kiosk:${kiosk.kioskId}`,
      },
    ]);
  });

  it('answers 409 to other bytes under a stored id even when they open, keeping the first', async () => {
    const sealed = await sealTestEnvelope(hub.hubKeys, kiosk, 6);
    expect(
      (await putEnvelope(hub.app, kiosk.token, sealed.submissionId, sealed.envelope)).status,
    ).toBe(201);
    // The same submission sealed again by the same kiosk: a whole envelope, other bytes.
    const resealed = await sealSubmission({
      hubPublicKey: await importHubPublicKey(hub.hubKeys.publicKey),
      submissionId: sealed.submissionId,
      kioskId: kiosk.kioskId,
      trackingCode: sealed.trackingCode,
      payload: encodeSubmissionPayload({
        procedureId: 'khai-sinh',
        language: 'vi',
        lookupSecret: makeLookupSecret(),
        answers: {},
        attachments: [],
      }),
    });
    const conflict = await putEnvelope(hub.app, kiosk.token, sealed.submissionId, resealed);
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ error: { code: 'SUBMISSION_CONFLICT' } });
    const { rows } = await db.query<{ envelope_sha256: string; lookup_secret_hash: string }>(
      'select envelope_sha256, lookup_secret_hash from submissions',
    );
    expect(rows).toEqual([
      {
        envelope_sha256: blobAddress(sealed.envelope),
        lookup_secret_hash: await hashLookupSecret(sealed.trackingCode, sealed.lookupSecret),
      },
    ]);
    expect(await count('submission_events')).toBe(1);
  });

  it('keeps one row when ten identical PUTs arrive at once', async () => {
    const sealed = await sealTestEnvelope(hub.hubKeys, kiosk, 2);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        putEnvelope(hub.app, kiosk.token, sealed.submissionId, sealed.envelope),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([...Array(9).fill(200), 201]);
    expect(await count('submissions')).toBe(1);
    expect(await count('submission_envelopes')).toBe(1);
    expect(await count('submission_events')).toBe(1);
  });

  it('answers 200 and keeps one row when the first answer was lost after commit', async () => {
    const lossy = await createTestHub(failOnceAroundInsert(db, 'after'), {
      hubKeys: hub.hubKeys,
    });
    const sealed = await sealTestEnvelope(hub.hubKeys, kiosk, 3);
    const lost = await putEnvelope(lossy.app, kiosk.token, sealed.submissionId, sealed.envelope);
    expect(lost.status).toBe(500);
    // The retry streams its body, so it also goes through the spool.
    const retry = await putEnvelope(lossy.app, kiosk.token, sealed.submissionId, sealed.envelope, {
      streamed: true,
    });
    expect(retry.status).toBe(200);
    expect(await count('submissions')).toBe(1);
  });

  it('writes a large blob before the row, so a crash between them is healed by the retry', async () => {
    const crashing = await createTestHub(failOnceAroundInsert(db, 'before'), {
      hubKeys: hub.hubKeys,
      blobs,
    });
    const sealed = await sealTestEnvelope(hub.hubKeys, kiosk, 4, 70 * 1024);
    const crashed = await putEnvelope(
      crashing.app,
      kiosk.token,
      sealed.submissionId,
      sealed.envelope,
    );
    expect(crashed.status).toBe(500);
    expect(blobs.blobs.has(blobAddress(sealed.envelope))).toBe(true);
    expect(await count('submissions')).toBe(0);

    const retry = await putEnvelope(
      crashing.app,
      kiosk.token,
      sealed.submissionId,
      sealed.envelope,
    );
    expect(retry.status).toBe(201);
    expect(await count('submissions')).toBe(1);
    expect(blobs.blobs.size).toBe(1);
    expect(await count('submission_envelopes')).toBe(0);
    const sha256 = blobAddress(sealed.envelope);
    expect(await readEnvelope({ database: db, blobs }, sha256)).toEqual(sealed.envelope);
  });

  it('keeps a small envelope in the statement that writes its row: a crash stores neither', async () => {
    const crashing = await createTestHub(failOnceAroundInsert(db, 'before'), {
      hubKeys: hub.hubKeys,
      blobs,
    });
    const sealed = await sealTestEnvelope(hub.hubKeys, kiosk, 4, 2048);
    const put = () => putEnvelope(crashing.app, kiosk.token, sealed.submissionId, sealed.envelope);
    expect((await put()).status).toBe(500);
    expect(await count('submissions')).toBe(0);
    expect(await count('submission_envelopes')).toBe(0);

    expect((await put()).status).toBe(201);
    expect((await put()).status).toBe(200);
    expect(await count('submissions')).toBe(1);
    expect(await count('submission_envelopes')).toBe(1);
    expect(blobs.blobs.size).toBe(0);
    const sha256 = blobAddress(sealed.envelope);
    expect(await readEnvelope({ database: db, blobs }, sha256)).toEqual(sealed.envelope);
  });

  it('refuses a second submission with a tracking code already used', async () => {
    const a = await sealTestEnvelope(hub.hubKeys, kiosk, 5);
    const b = await sealTestEnvelope(hub.hubKeys, kiosk, 5);
    expect((await putEnvelope(hub.app, kiosk.token, a.submissionId, a.envelope)).status).toBe(201);
    const reused = await putEnvelope(hub.app, kiosk.token, b.submissionId, b.envelope);
    expect(reused.status).toBe(409);
    expect(await reused.json()).toMatchObject({ error: { code: 'TRACKING_CODE_TAKEN' } });
  });

  it('refuses 1,000 envelopes with a flipped bit or swapped associated data, storing nothing', async () => {
    const bases = await Promise.all(
      Array.from({ length: 20 }, (_, i) => sealTestEnvelope(hub.hubKeys, kiosk, 100 + i, 64)),
    );
    const kioskIdAt = 29 + 1 + bases[0]!.trackingCode.length + 1;
    const kioskIdEnd = kioskIdAt + kiosk.kioskId.length;
    const statuses = new Map<string, number>();
    for (let i = 0; i < 1000; i++) {
      const base = bases[i % bases.length]!;
      const tampered = new Uint8Array(base.envelope);
      let byte = -1;
      if (i % 10 === 9) {
        // Another envelope's sealed part under this header: same sizes, so only HPKE can tell.
        const donor = bases[(i + 1) % bases.length]!.envelope;
        tampered.set(donor.subarray(kioskIdEnd + 4), kioskIdEnd + 4);
      } else {
        byte = Math.floor(Math.random() * tampered.length);
        tampered[byte]! ^= 1 << Math.floor(Math.random() * 8);
      }
      const res = await putEnvelope(hub.app, kiosk.token, base.submissionId, tampered);
      const { error } = (await res.json()) as { error: { code: string } };
      const inKioskId = byte >= kioskIdAt && byte < kioskIdEnd;
      // A flip inside the kiosk id can name another kiosk: that is a 403, never a store.
      expect(res.status, `byte ${byte}: ${error.code}`).toBe(
        inKioskId && error.code === 'KIOSK_MISMATCH' ? 403 : 422,
      );
      statuses.set(error.code, (statuses.get(error.code) ?? 0) + 1);
    }
    expect(statuses.get('ENVELOPE_OPEN_FAILED')).toBeGreaterThan(500);
    expect(await count('submissions')).toBe(0);
    expect(await count('submission_envelopes')).toBe(0);
    expect(blobs.blobs.size).toBe(0);
  });

  it('answers 413 to a body over the cap without reading it, declared or streamed', async () => {
    const spool = await tempFolder('spool');
    const spooling = await createTestHub(db, { hubKeys: hub.hubKeys, spoolDir: spool.path });
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024);
    const body = () =>
      new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            const left = MAX_ENVELOPE_BYTES + 1 - pulled;
            if (left <= 0) return controller.close();
            const piece = left < chunk.length ? chunk.subarray(0, left) : chunk;
            pulled += piece.length;
            controller.enqueue(piece);
          },
        },
        { highWaterMark: 0 },
      );
    const put = (headers: Record<string, string>) =>
      spooling.app.request(submissionPath(crypto.randomUUID()), {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/octet-stream',
          Authorization: `Bearer ${kiosk.token}`,
          ...headers,
        },
        body: body(),
        duplex: 'half',
      } as RequestInit);

    const declared = await put({ 'Content-Length': String(MAX_ENVELOPE_BYTES + 1) });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(pulled).toBe(0);

    const streamed = await put({});
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(MAX_ENVELOPE_BYTES + chunk.length);
    expect(await count('submissions')).toBe(0);
    expect(await readdir(spool.path)).toEqual([]);
    await spool.remove();
  });
});

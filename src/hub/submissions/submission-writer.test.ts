// The writer stores what arrives together, or while a statement runs, in one statement, answering
// each submission as it would have been answered alone: parallel duplicates, a reused
// tracking code, a revoked kiosk and a retry of a stored id all in one batch; and a
// submission the database refuses fails alone. PGlite always; PostgreSQL with DATABASE_URL.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTrackingCode } from '../../protocol/tracking-code';
import { revokeKiosk, type NewKiosk } from '../enrolment/kiosks';
import type { Database } from '../storage/database';
import { migrate } from '../storage/migrations';
import { testDatabaseTargets, type IsolatedDatabase } from '../storage/test-databases';
import { enrolTestKiosk } from '../test-support/kiosk-fixture';
import { findKeptEnvelope, type NewSubmission } from './submission-rows';
import { createSubmissionWriter } from './submission-writer';

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe.each(testDatabaseTargets())('submission writer on $name', (target) => {
  let isolated: IsolatedDatabase;
  let db: Database;
  let statements: number;
  let counted: Database;
  let kiosk: NewKiosk;

  beforeEach(async () => {
    isolated = await target.fresh();
    db = isolated.db;
    await migrate(db);
    kiosk = await enrolTestKiosk(db);
    statements = 0;
    counted = {
      ...db,
      query(sql, params) {
        if (sql.includes('insert into submissions')) statements++;
        return db.query(sql, params);
      },
    };
  });
  afterEach(() => isolated.dispose());
  afterAll(() => target.closeAll());

  const submission = (counter: number, over: Partial<NewSubmission> = {}): NewSubmission => ({
    id: crypto.randomUUID(),
    kioskId: kiosk.kioskId,
    trackingCode: makeTrackingCode(kiosk.kioskPrefix, counter),
    envelopeSha256: randomBytes(32).toString('hex'),
    envelopeBytes: 1000 + counter,
    lookupSecretHash: randomBytes(32).toString('hex'),
    lookupPinHash: randomBytes(32).toString('hex'),
    sealedAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, counter)),
    ...over,
  });
  const count = async (table: string) =>
    (await db.query<{ n: number }>(`select count(*) as n from ${table}`)).rows[0]?.n;

  it('answers each submission of one batch as alone', async () => {
    const writer = createSubmissionWriter(counted, { inFlight: 1 });
    const revoked = await enrolTestKiosk(db, 'revoked');
    await revokeKiosk(db, revoked.kioskId);
    const a = submission(1);
    const b = submission(2);
    const c = submission(3);
    const sameCode = submission(3);
    const stranger = submission(4, {
      kioskId: revoked.kioskId,
      trackingCode: makeTrackingCode(revoked.kioskPrefix, 4),
    });
    const first = writer.store(a);
    await nextTurn(); // a's statement has started alone; the rest wait for it, then go together
    const [rest, aFirst] = [
      await Promise.all([
        writer.store(b),
        writer.store({ ...b }),
        writer.store({ ...b, envelopeSha256: 'f'.repeat(64) }),
        writer.store(c),
        writer.store(sameCode),
        writer.store(stranger),
        writer.store(a),
      ]),
      await first,
    ];
    expect(statements).toBe(2);
    expect(aFirst).toMatchObject({ kioskActive: true, stored: true, row: { id: a.id } });
    const [bStored, bAgain, bOther, cStored, codeTaken, revokedOne, aAgain] = rest;
    expect(bStored).toMatchObject({
      stored: true,
      row: { id: b.id, envelopeSha256: b.envelopeSha256 },
    });
    // The duplicates see the row the first of them stored, whatever bytes they carry.
    expect(bAgain).toEqual({ ...bStored, stored: false });
    expect(bOther).toEqual({ ...bStored, stored: false });
    expect(cStored).toMatchObject({ stored: true, row: { trackingCode: c.trackingCode } });
    expect(codeTaken).toEqual({ kioskActive: true, stored: false, row: undefined });
    expect(revokedOne).toMatchObject({ kioskActive: false, stored: false, row: undefined });
    expect(aAgain).toEqual({ ...aFirst, stored: false });
    expect(aFirst!.row!.receivedAt).toBeInstanceOf(Date);
    expect(await count('submissions')).toBe(3);
    expect(await count('submission_events')).toBe(3);
  });

  it('keeps the bytes of each small envelope in one batch with its own row', async () => {
    const writer = createSubmissionWriter(counted, { inFlight: 1 });
    const first = writer.store(submission(1));
    await nextTurn();
    // Sizes that are and are not multiples of three, none, and a duplicate with other bytes.
    const kept = [1, 2, 3, 10_240, 10_241].map((size, i) => {
      const envelope = new Uint8Array(randomBytes(size));
      return submission(10 + i, {
        envelopeSha256: createHash('sha256').update(envelope).digest('hex'),
        envelopeBytes: size,
        envelope,
      });
    });
    const inBlobStore = submission(20);
    const other = new Uint8Array(randomBytes(7));
    const duplicate = {
      ...kept[3]!,
      envelopeSha256: createHash('sha256').update(other).digest('hex'),
      envelopeBytes: other.length,
      envelope: other,
    };
    const outcomes = await Promise.all(
      [...kept, inBlobStore, duplicate].map((s) => writer.store(s)),
    );
    await first;
    expect(statements).toBe(2);
    expect(outcomes.map((o) => o.stored)).toEqual([true, true, true, true, true, true, false]);
    for (const s of kept) expect(await findKeptEnvelope(db, s.envelopeSha256)).toEqual(s.envelope);
    expect(await findKeptEnvelope(db, inBlobStore.envelopeSha256)).toBeUndefined();
    expect(await findKeptEnvelope(db, duplicate.envelopeSha256)).toBeUndefined();
    expect(await count('submission_envelopes')).toBe(kept.length);
  });

  it('lets a submission the database refuses fail alone', async () => {
    const writer = createSubmissionWriter(counted, { inFlight: 1 });
    const first = writer.store(submission(1));
    await nextTurn();
    const good = submission(2);
    const outOfRange = submission(3, { envelopeBytes: 2 ** 31 });
    const [kept, refused] = await Promise.allSettled([
      writer.store(good),
      writer.store(outOfRange),
    ]);
    await first;
    expect(kept).toMatchObject({ status: 'fulfilled', value: { stored: true } });
    expect(refused.status).toBe('rejected');
    expect(await count('submissions')).toBe(2);
  });

  it('holds a statement for submissions on their way, then carries them together', async () => {
    const writer = createSubmissionWriter(counted, { inFlight: 1, lingerMs: 60_000 });
    const coming = writer.expect();
    const alsoComing = writer.expect();
    const first = writer.store(submission(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(statements).toBe(0); // waiting for the two on their way, however long it takes
    const second = coming.store(submission(2));
    await nextTurn();
    expect(statements).toBe(0);
    alsoComing.cancel(); // refused before it was stored: the statement need not wait for it
    alsoComing.cancel();
    const outcomes = await Promise.all([first, second]);
    expect(statements).toBe(1);
    expect(outcomes.map((o) => o.stored)).toEqual([true, true]);
    expect(await count('submissions')).toBe(2);
  });

  it('waits for an expected submission no longer than lingerMs', async () => {
    const writer = createSubmissionWriter(counted, { inFlight: 1, lingerMs: 30 });
    const late = writer.expect();
    const started = performance.now();
    expect(await writer.store(submission(1))).toMatchObject({ stored: true });
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    expect(statements).toBe(1);
    expect(await late.store(submission(2))).toMatchObject({ stored: true });
    expect(statements).toBe(2);
  });

  it('stores a lone submission at once when nothing else is on its way', async () => {
    const writer = createSubmissionWriter(counted, { inFlight: 1, lingerMs: 60_000 });
    const lone = writer.expect();
    expect(await lone.store(submission(1))).toMatchObject({ stored: true });
    lone.cancel(); // after storing, nothing
    expect(await writer.store(submission(2))).toMatchObject({ stored: true });
    expect(statements).toBe(2);
  });
});

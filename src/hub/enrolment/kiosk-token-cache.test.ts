// The token cache answers a known, active kiosk from memory for its time to live, and asks the
// database again after it, after `forget`, and always for unknown tokens and revoked kiosks.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../storage/database';
import { migrate } from '../storage/migrations';
import { testDatabaseTargets, type IsolatedDatabase } from '../storage/test-databases';
import { enrolTestKiosk } from '../test-support/kiosk-fixture';
import { createKioskTokenCache } from './kiosk-token-cache';
import { makeKioskToken } from './kiosk-token';
import { revokeKiosk } from './kiosks';

describe.each(testDatabaseTargets())('kiosk token cache on $name', (target) => {
  let isolated: IsolatedDatabase;
  let db: Database;
  let lookups: number;
  let counted: Database;

  beforeEach(async () => {
    isolated = await target.fresh();
    db = isolated.db;
    await migrate(db);
    lookups = 0;
    counted = {
      ...db,
      query(sql, params) {
        if (sql.includes('from kiosks where token_hash')) lookups++;
        return db.query(sql, params);
      },
    };
  });
  afterEach(() => isolated.dispose());
  afterAll(() => target.closeAll());

  it('looks a token up once per time to live, and once for requests arriving together', async () => {
    const kiosk = await enrolTestKiosk(db);
    let now = 1_000_000;
    const cache = createKioskTokenCache(counted, { ttlMs: 30_000, now: () => now });
    const together = await Promise.all([1, 2, 3].map(() => cache.find(kiosk.token)));
    expect(together.map((k) => k?.id)).toEqual([kiosk.kioskId, kiosk.kioskId, kiosk.kioskId]);
    now += 29_000;
    expect((await cache.find(kiosk.token))?.codePrefix).toBe(kiosk.kioskPrefix);
    expect(lookups).toBe(1);
    now += 2_000;
    await cache.find(kiosk.token);
    expect(lookups).toBe(2);
    cache.forget(kiosk.kioskId);
    await cache.find(kiosk.token);
    expect(lookups).toBe(3);
  });

  it('never keeps an unknown token or a revoked kiosk', async () => {
    const kiosk = await enrolTestKiosk(db);
    const cache = createKioskTokenCache(counted);
    const stranger = makeKioskToken();
    expect(await cache.find(stranger)).toBeUndefined();
    expect(await cache.find(stranger)).toBeUndefined();
    await revokeKiosk(db, kiosk.kioskId);
    expect((await cache.find(kiosk.token))?.revoked).toBe(true);
    expect((await cache.find(kiosk.token))?.revoked).toBe(true);
    expect(lookups).toBe(4);
  });
});

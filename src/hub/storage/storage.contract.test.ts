// One contract for both engines: whatever passes here on PGlite must pass on PostgreSQL.
// Runs on PGlite always; set DATABASE_URL to run it on PostgreSQL too.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageError, type Database } from './database';
import { appliedMigrations, loadMigrations, migrate, MigrationError } from './migrations';
import { testDatabaseTargets, type IsolatedDatabase } from './test-databases';

const KIOSK = `insert into kiosks (id, site_id, code_prefix, token_hash) values ($1, $2, $3, $4)`;

describe.each(testDatabaseTargets())('storage contract on $name', (target) => {
  let isolated: IsolatedDatabase;
  let db: Database;

  beforeEach(async () => {
    isolated = await target.fresh();
    db = isolated.db;
  });
  afterEach(() => isolated.dispose());
  afterAll(() => target.closeAll());

  it('applies migrations once and records them', async () => {
    const all = (await loadMigrations()).map((m) => m.version);
    expect(await appliedMigrations(db)).toEqual([]);
    expect(await migrate(db)).toEqual(all);
    expect(await migrate(db)).toEqual(all);
    const { rows } = await db.query<{ n: number }>('select count(*) as n from schema_migrations');
    expect(rows[0]?.n).toBe(all.length);
    await db.query(KIOSK, ['k1', 'nvh-phuong-dien-bien', 'DB1', 'hash']);
    const kiosk = await db.query('select queue_counts, revoked_at from kiosks');
    expect(kiosk.rows).toEqual([{ queue_counts: {}, revoked_at: null }]);
  });

  it('lets two hubs migrate the same database at once', async () => {
    const other = await isolated.another();
    const all = (await loadMigrations()).map((m) => m.version);
    const results = await Promise.all([migrate(db), migrate(other)]);
    expect(results).toEqual([all, all]);
  });

  it('commits a transaction and returns its value', async () => {
    await migrate(db);
    const id = await db.transaction(async (tx) => {
      await tx.query(KIOSK, ['k1', 's', 'AB1', 'h']);
      return 'k1';
    });
    expect(id).toBe('k1');
    expect((await db.query('select id from kiosks')).rows).toEqual([{ id: 'k1' }]);
  });

  it('rolls a transaction back when it throws, and rethrows the same error', async () => {
    await migrate(db);
    const failure = new Error('printer jammed');
    const attempt = db.transaction(async (tx) => {
      await tx.query(KIOSK, ['k1', 's', 'AB1', 'h']);
      throw failure;
    });
    await expect(attempt).rejects.toBe(failure);
    expect((await db.query('select id from kiosks')).rows).toEqual([]);
  });

  it('binds parameters: Vietnamese text, bytes, JSON, numbers, dates and nulls', async () => {
    await db.exec(`create table samples (
      id integer primary key, name text, body bytea, doc jsonb, seen timestamptz, flag boolean)`);
    const nfc = 'Nguyễn Thị Ánh — Phường Điện Biên, Hà Nội 🏠';
    const nfd = nfc.normalize('NFD');
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const seen = new Date('2025-07-01T01:30:00.000Z');
    const first = await db.query('insert into samples values ($1, $2, $3, $4, $5, $6)', [
      1,
      nfc,
      bytes,
      { ward: 'Điện Biên', tags: ['hộ khẩu'] },
      seen,
      true,
    ]);
    expect(first.affectedRows).toBe(1);
    await db.query('insert into samples values ($1, $2, $3, $4, $5, $6)', [
      2,
      nfd,
      new Uint8Array(0),
      JSON.stringify(['một', 'hai']),
      null,
      null,
    ]);
    const { rows } = await db.query<{
      name: string;
      body: Uint8Array;
      doc: unknown;
      seen: Date | null;
      flag: boolean | null;
    }>('select name, body, doc, seen, flag from samples order by id');
    expect(rows[0]?.name).toBe(nfc);
    expect(rows[1]?.name).toBe(nfd); // stored byte for byte, not normalised
    expect(rows[0]?.body).toBeInstanceOf(Uint8Array);
    expect(Array.from(rows[0]?.body ?? [])).toEqual(Array.from(bytes));
    expect(rows[1]?.body.length).toBe(0);
    expect(rows[0]?.doc).toEqual({ ward: 'Điện Biên', tags: ['hộ khẩu'] });
    expect(rows[1]?.doc).toEqual(['một', 'hai']);
    expect(rows[0]?.seen?.toISOString()).toBe(seen.toISOString());
    expect(rows[1]).toMatchObject({ seen: null, flag: null });
    const found = await db.query<{ n: number }>(
      'select count(*) as n from samples where name = $1',
      [nfc],
    );
    expect(found.rows[0]?.n).toBe(1);
    expect(found.affectedRows).toBe(0);
  });

  it('keeps concurrent transactions apart', async () => {
    await db.exec('create table counter (id integer primary key, n integer not null)');
    await db.query('insert into counter values (1, 0)');
    const other = await isolated.another();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? db : other).transaction(async (tx) => {
          await tx.query('update counter set n = n + 1 where id = 1');
          await tx.query('update counter set n = n + 1 where id = 1');
        }),
      ),
    );
    expect((await db.query('select n from counter')).rows).toEqual([{ n: 24 }]);
  });

  it('reports a unique-constraint violation with a stable code, and rolls back', async () => {
    await migrate(db);
    await db.query(KIOSK, ['k1', 's', 'AB1', 'h']);
    const duplicate = await db.query(KIOSK, ['k2', 's', 'AB1', 'h']).catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(StorageError);
    expect(duplicate).toMatchObject({
      code: 'STORAGE_UNIQUE_VIOLATION',
      sqlState: '23505',
      constraint: 'kiosks_code_prefix_key',
    });
    const inTransaction = await db
      .transaction(async (tx) => {
        await tx.query(KIOSK, ['k3', 's', 'AB3', 'h']);
        await tx.query(KIOSK, ['k4', 's', 'AB1', 'h']);
      })
      .catch((e: unknown) => e);
    expect(inTransaction).toMatchObject({ code: 'STORAGE_UNIQUE_VIOLATION' });
    expect((await db.query('select id from kiosks order by id')).rows).toEqual([{ id: 'k1' }]);
  });

  it('reports other failures as STORAGE_QUERY_FAILED with the SQLSTATE', async () => {
    const error = await db.query('selec 1').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'STORAGE_QUERY_FAILED', sqlState: '42601' });
  });
});

describe('migration files', () => {
  it('ship numbered from 1 without gaps', async () => {
    const migrations = await loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('refuse a gap in the numbering', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dvc-migrations-'));
    try {
      await writeFile(join(dir, '001_first.sql'), 'select 1;');
      await writeFile(join(dir, '003_third.sql'), 'select 1;');
      await expect(loadMigrations(dir)).rejects.toBeInstanceOf(MigrationError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

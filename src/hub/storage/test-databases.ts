// Put state in place for storage tests: a fresh, isolated database per test on every engine
// available — PGlite always, PostgreSQL too when DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import type { Database } from './database';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

/** A database no other test sees; `dispose` removes everything it held. */
export interface IsolatedDatabase {
  db: Database;
  /** A second handle on the same data (a second pool on PostgreSQL; the same one on PGlite). */
  another(): Promise<Database>;
  dispose(): Promise<void>;
}

/** One engine the contract runs against. */
export interface TestDatabaseTarget {
  name: string;
  fresh(): Promise<IsolatedDatabase>;
  /** Closes what the target keeps between tests. */
  closeAll(): Promise<void>;
}

function schemaName(): string {
  return `dvc_test_${randomBytes(6).toString('hex')}`;
}

// PGlite takes seconds to start, so one in-memory instance serves a whole test file and each
// test gets its own schema on it (tests in a file run one after another).
function pgliteTarget(): TestDatabaseTarget {
  let shared: Promise<Database> | undefined;
  return {
    name: 'pglite',
    async fresh() {
      shared ??= openPglite();
      const db = await shared;
      const schema = schemaName();
      await db.exec(`create schema ${schema}; set search_path to ${schema}`);
      const handle: Database = { ...db, close: async () => undefined };
      return {
        db: handle,
        another: async () => handle,
        dispose: () => db.exec(`drop schema ${schema} cascade; set search_path to public`),
      };
    },
    async closeAll() {
      if (shared) await (await shared).close();
      shared = undefined;
    },
  };
}

function postgresTarget(url: string): TestDatabaseTarget {
  let admin: Promise<Database> | undefined;
  return {
    name: 'postgresql',
    async fresh() {
      admin ??= openPostgres({ url, maxConnections: 1 });
      const adminDb = await admin;
      const schema = schemaName();
      await adminDb.exec(`create schema ${schema}`);
      const handles: Database[] = [];
      const open = async () => {
        const db = await openPostgres({ url, schema, maxConnections: 4 });
        handles.push(db);
        return db;
      };
      return {
        db: await open(),
        another: open,
        async dispose() {
          await Promise.all(handles.map((db) => db.close()));
          await adminDb.exec(`drop schema ${schema} cascade`);
        },
      };
    },
    async closeAll() {
      if (admin) await (await admin).close();
      admin = undefined;
    },
  };
}

/** PGlite, plus PostgreSQL when DATABASE_URL is set. */
export function testDatabaseTargets(): TestDatabaseTarget[] {
  const url = process.env.DATABASE_URL;
  return url ? [pgliteTarget(), postgresTarget(url)] : [pgliteTarget()];
}

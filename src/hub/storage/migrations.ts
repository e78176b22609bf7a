// Numbered SQL migrations: `migrations/NNN_what_it_does.sql`, applied in order at start, all
// pending ones in one transaction, each recorded in `schema_migrations` (created by 001).
// An advisory lock makes hubs that start together on one PostgreSQL take turns.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './database';

/** One migration file. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** A migrations folder that cannot be applied as it is. */
export class MigrationError extends Error {
  readonly code = 'MIGRATIONS_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

/** The folder shipped with the hub. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

// Any 64-bit number unique to this application; both engines accept it.
const MIGRATION_LOCK = 7_205_141_001;
const FILE_NAME = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/** Reads the migration files, checking they are numbered 1, 2, 3… without gaps or repeats. */
export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const [index, fileName] of names.entries()) {
    const match = FILE_NAME.exec(fileName);
    if (!match?.[1] || !match[2]) {
      throw new MigrationError(`Migration file ${fileName} must be named like 002_add_blobs.sql.`);
    }
    const version = Number(match[1]);
    if (version !== index + 1) {
      throw new MigrationError(
        `Migration ${fileName} should be number ${index + 1}: numbers go 1, 2, 3… without gaps or repeats.`,
      );
    }
    migrations.push({ version, name: match[2], sql: await readFile(join(dir, fileName), 'utf8') });
  }
  return migrations;
}

/** Versions recorded in `schema_migrations`, in order (empty before the first migration). */
export async function appliedMigrations(db: Queryable): Promise<number[]> {
  const table = await db.query<{ found: string | null }>(
    `select to_regclass('schema_migrations')::text as found`,
  );
  if (!table.rows[0]?.found) return [];
  const { rows } = await db.query<{ version: number }>(
    'select version from schema_migrations order by version',
  );
  return rows.map((row) => row.version);
}

/** Applies the pending migrations and returns every applied version, in order. */
export async function migrate(db: Database, migrations?: Migration[]): Promise<number[]> {
  const all = migrations ?? (await loadMigrations());
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const done = new Set(await appliedMigrations(tx));
    for (const migration of all) {
      if (done.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
    return appliedMigrations(tx);
  });
}

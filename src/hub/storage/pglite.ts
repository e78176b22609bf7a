// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in one folder, no setup.
// One process may open a folder at a time; PGlite runs one statement at a time.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import {
  assertSchemaName,
  withStorageErrors,
  type Database,
  type Queryable,
  type QueryResult,
} from './database';

export interface PgliteOptions {
  /** Folder for the database files; omitted, the database lives in memory (tests). */
  dataDir?: string;
  /** Create and use this schema instead of `public` (tests isolate runs this way). */
  schema?: string;
}

type PgliteQueryable = Pick<PGlite | Transaction, 'query' | 'exec'>;

function queryable(target: PgliteQueryable): Queryable {
  return {
    query: <T extends object>(sql: string, params: readonly unknown[] = []) =>
      withStorageErrors(async (): Promise<QueryResult<T>> => {
        const result = await target.query<T>(sql, [...params]);
        return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
      }),
    exec: (sql: string) =>
      withStorageErrors(async () => {
        await target.exec(sql);
      }),
  };
}

/** Opens (creating if needed) a PGlite database. */
export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  const pglite = await PGlite.create(options.dataDir);
  if (options.schema) {
    assertSchemaName(options.schema);
    // One connection, so a session-wide search_path holds for every later statement.
    await pglite.exec(
      `create schema if not exists ${options.schema}; set search_path to ${options.schema}`,
    );
  }
  return {
    kind: 'pglite',
    ...queryable(pglite),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) =>
      withStorageErrors(() => pglite.transaction((tx) => fn(queryable(tx)))),
    close: () => pglite.close(),
  };
}

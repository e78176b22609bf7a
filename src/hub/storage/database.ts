// The hub's one view of its database. PGlite (embedded) and PostgreSQL sit behind it, each
// wrapped once (pglite.ts, postgres.ts), speaking the same SQL: PostgreSQL's, with $1, $2…
// parameters. Rules both adapters keep, so code above never asks which one it has:
// - bytea comes back as Uint8Array; send Uint8Array (or Buffer).
// - json/jsonb parameters take a JS object, or a string that is already JSON.
// - int8 (counts, sums) comes back as a JS number; numeric as a string; timestamptz as Date.
// - database errors are thrown as StorageError with a stable code.

/** Which engine holds the data; shown by the health route and the console. */
export type DatabaseKind = 'pglite' | 'postgresql';

/** Rows from one statement; `affectedRows` counts rows an INSERT/UPDATE/DELETE changed (0 for SELECT). */
export interface QueryResult<T> {
  rows: T[];
  affectedRows: number;
}

/** What both a database and an open transaction can run. */
export interface Queryable {
  /** One statement with $1, $2… parameters. */
  query<T extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<QueryResult<T>>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/**
 * The hub's database. Inside `transaction(fn)` use the `tx` given to `fn`, never the database
 * itself: PGlite has a single connection and would wait for the transaction to end.
 */
export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Commits when `fn` resolves, rolls back and rethrows when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Stable codes for database failures that callers act on. */
export type StorageErrorCode =
  | 'STORAGE_UNIQUE_VIOLATION'
  | 'STORAGE_FOREIGN_KEY_VIOLATION'
  | 'STORAGE_NOT_NULL_VIOLATION'
  | 'STORAGE_CHECK_VIOLATION'
  | 'STORAGE_CONFLICT'
  | 'STORAGE_QUERY_FAILED';

// PostgreSQL SQLSTATEs: https://www.postgresql.org/docs/current/errcodes-appendix.html
const CODES_BY_SQLSTATE: Record<string, StorageErrorCode> = {
  '23505': 'STORAGE_UNIQUE_VIOLATION',
  '23503': 'STORAGE_FOREIGN_KEY_VIOLATION',
  '23502': 'STORAGE_NOT_NULL_VIOLATION',
  '23514': 'STORAGE_CHECK_VIOLATION',
  '40001': 'STORAGE_CONFLICT',
  '40P01': 'STORAGE_CONFLICT',
};

/** A failed statement, the same from both engines; `constraint` names the violated one, if any. */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    readonly sqlState?: string,
    readonly constraint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/**
 * Turns an engine's error into a StorageError; other errors (a bug in the caller, a closed
 * connection without a SQLSTATE) pass through unchanged.
 */
export function toStorageError(error: unknown): unknown {
  if (error instanceof StorageError || !(error instanceof Error)) return error;
  const fields = error as Error & {
    code?: unknown;
    constraint?: unknown;
    constraint_name?: unknown;
  };
  const sqlState = typeof fields.code === 'string' ? fields.code : undefined;
  if (!sqlState || !/^[0-9A-Z]{5}$/.test(sqlState)) return error;
  const constraint = fields.constraint ?? fields.constraint_name;
  return new StorageError(
    CODES_BY_SQLSTATE[sqlState] ?? 'STORAGE_QUERY_FAILED',
    error.message,
    sqlState,
    typeof constraint === 'string' ? constraint : undefined,
    { cause: error },
  );
}

/** Runs `fn`, rethrowing engine errors as StorageError. */
export async function withStorageErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toStorageError(error);
  }
}

/** Schema names are spliced into SQL, so only plain identifiers are accepted. */
export function assertSchemaName(schema: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`Schema name "${schema}" must be lower-case letters, digits and underscores.`);
  }
}

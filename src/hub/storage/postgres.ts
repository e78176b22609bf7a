// PostgreSQL through the `postgres` client, for a city-wide hub behind a load balancer.
// Its type parsers are set so rows look exactly like PGlite's (see database.ts).
// Statements with parameters are prepared once per connection and then cost one round trip
// each; unprepared, the client first asks the server for the parameter types, a second round
// trip every time. The hub's SQL is a fixed set of texts, so the per-connection cache stays
// small. Behind a pooler that cannot keep prepared statements (PgBouncer in transaction mode
// before 1.21), add `prepare=false` to DATABASE_URL.
import postgres from 'postgres';
import {
  assertSchemaName,
  withStorageErrors,
  type Database,
  type Queryable,
  type QueryResult,
} from './database';

export interface PostgresOptions {
  /** postgres://user:password@host:port/database (sslmode in the query string is honoured). */
  url: string;
  /** Use this existing schema instead of `public` (tests isolate runs this way). */
  schema?: string;
  /** Connections in the pool. */
  maxConnections?: number;
}

const WRITE_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

const SAME_AS_PGLITE = {
  // A string is taken as JSON already, as PGlite does; objects are serialised.
  json: {
    to: 114,
    from: [114, 3802],
    serialize: (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x)),
    parse: (x: string) => JSON.parse(x) as unknown,
  },
  int8: {
    to: 20,
    from: [20],
    serialize: (x: unknown) => String(x),
    parse: (x: string) => Number(x),
  },
  bytea: {
    to: 17,
    from: [17],
    serialize: (x: Uint8Array) => `\\x${Buffer.from(x).toString('hex')}`,
    parse: (x: string) => new Uint8Array(Buffer.from(x.slice(2), 'hex')),
  },
};

type Sql = postgres.Sql<Record<string, never>>;

function queryable(sql: Sql | postgres.TransactionSql<Record<string, never>>): Queryable {
  return {
    query: <T extends object>(text: string, params: readonly unknown[] = []) =>
      withStorageErrors(async (): Promise<QueryResult<T>> => {
        const result = await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
          prepare: params.length > 0,
        });
        return {
          rows: [...result] as unknown as T[],
          affectedRows: WRITE_COMMANDS.has(result.command) ? result.count : 0,
        };
      }),
    exec: (text: string) =>
      withStorageErrors(async () => {
        // Without parameters the client uses the simple protocol, which runs several statements.
        await sql.unsafe(text);
      }),
  };
}

/** Connects to PostgreSQL and checks the connection at once, so a bad URL fails at start. */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  if (options.schema) assertSchemaName(options.schema);
  const sql = postgres(options.url, {
    max: options.maxConnections ?? 10,
    onnotice: () => undefined,
    types: SAME_AS_PGLITE,
    connection: {
      application_name: 'dvc-hub',
      ...(options.schema ? { search_path: options.schema } : {}),
    },
  }) as unknown as Sql;
  try {
    await withStorageErrors(() => sql.unsafe('select 1'));
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw error;
  }
  return {
    kind: 'postgresql',
    ...queryable(sql),
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) =>
      withStorageErrors(async () => (await sql.begin((tx) => fn(queryable(tx)))) as T),
    close: () => sql.end({ timeout: 5 }),
  };
}

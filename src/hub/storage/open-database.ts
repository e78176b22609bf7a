// Chooses the engine from the environment: PostgreSQL when a URL is given, else PGlite on disk.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from './database';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export interface DatabaseSettings {
  /** DATABASE_URL; when set, PostgreSQL is used. */
  databaseUrl?: string;
  /** DATA_DIR; PGlite keeps its files in `<dataDir>/pglite`. */
  dataDir: string;
}

/** Opens the hub's database (migrations are applied separately, by `migrate`). */
export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  if (settings.databaseUrl) return openPostgres({ url: settings.databaseUrl });
  const dir = join(settings.dataDir, 'pglite');
  await mkdir(dir, { recursive: true });
  return openPglite({ dataDir: dir });
}

// The hub process: read the environment, check the configuration, open and migrate the
// database, listen, log each request, and shut down cleanly. The HTTP app is in app.ts.
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { chooseSite } from './config/choose-site';
import { ConfigError, loadKioskConfig } from './config/load-config';
import { shutDownOnSignals } from './process/graceful-shutdown';
import { packageVersion } from './process/package-version';
import { listeningUrl, readHubSettings, SettingsError } from './process/settings';
import type { Database } from './storage/database';
import { migrate, MigrationError } from './storage/migrations';
import { openDatabase } from './storage/open-database';

// A person reads these at a terminal or in journald: one line, no stack, what to fix.
function startFailure(error: unknown): string {
  if (error instanceof ConfigError) {
    return `dvc-hub: configuration error in ${error.file}: field "${error.field}" — expected: ${error.expected}`;
  }
  if (error instanceof SettingsError || error instanceof MigrationError) {
    return `dvc-hub: cannot start: ${error.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `dvc-hub: cannot start: ${message}`;
}

function fail(error: unknown): never {
  process.stderr.write(`${startFailure(error)}\n`);
  process.exit(1);
}

async function openStorage(settings: ReturnType<typeof readHubSettings>): Promise<Database> {
  const database = await openDatabase(settings).catch((error: unknown) => {
    const engine = settings.databaseUrl ? 'PostgreSQL at DATABASE_URL' : 'PGlite in DATA_DIR';
    throw new Error(`the database (${engine}) could not be opened: ${(error as Error).message}`);
  });
  try {
    const applied = await migrate(database);
    console.log(`dvc-hub: ${database.kind} database, migrations ${applied.join(', ')}`);
    return database;
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

async function start(): Promise<void> {
  const settings = readHubSettings(process.env);
  const { sites } = await loadKioskConfig(settings.configDir);
  const site = chooseSite(sites, settings.configDir, settings.siteId);
  const database = await openStorage(settings);
  const app = createApp({
    database,
    site,
    version: await packageVersion(),
    kioskDist: settings.kioskDist,
    consoleDist: settings.consoleDist,
    onRequest: ({ method, path, status, ms }) => console.log(`${method} ${path} ${status} ${ms}ms`),
    onError: (error) => console.error('dvc-hub: request failed:', error),
  });
  const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) =>
    console.log(`dvc-hub listening on ${listeningUrl(settings.host, info.port)}`),
  ) as Server;
  server.once('error', (error) => {
    void database.close().finally(() => fail(error));
  });
  shutDownOnSignals(server, database, (line) => console.log(line));
}

start().catch(fail);

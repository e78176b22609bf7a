// The hub process: read the environment, check the configuration, open and migrate the
// database, listen, log each request, and shut down cleanly. The HTTP app is in app.ts.
import type { Server } from 'node:http';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { createOpenerPool, defaultOpenerThreads, type OpenerPool } from './submissions/opener-pool';
import { openFileBlobStore } from './blobs/file-blob-store';
import { chooseSite } from './config/choose-site';
import { ConfigError, loadKioskConfig } from './config/load-config';
import { autoEnrolmentAllowed } from './enrolment/auto-enrolment';
import { checkHubKeyRecord } from './keys/hub-key-record';
import { sweepSpool } from './submissions/envelope-body';
import type { HubKey } from '../protocol/envelope';
import { HubKeyError, loadHubKeys, type HubKeys } from './keys/hub-keys';
import { batchLines } from './http/request-log';
import { DataDirLockError, lockDataDir } from './process/data-dir-lock';
import { shutDownOnSignals } from './process/graceful-shutdown';
import { packageVersion } from './process/package-version';
import { listeningUrl, readHubSettings, SettingsError, type HubSettings } from './process/settings';
import type { Database } from './storage/database';
import { migrate, MigrationError } from './storage/migrations';
import { openDatabase } from './storage/open-database';

// A person reads these at a terminal or in journald: one line, no stack, what to fix.
function startFailure(error: unknown): string {
  if (error instanceof ConfigError) {
    return `dvc-hub: configuration error in ${error.file}: field "${error.field}" — expected: ${error.expected}`;
  }
  if (
    error instanceof SettingsError ||
    error instanceof MigrationError ||
    error instanceof HubKeyError ||
    error instanceof DataDirLockError
  ) {
    return `dvc-hub: cannot start: ${error.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `dvc-hub: cannot start: ${message}`;
}

function fail(error: unknown): never {
  process.stderr.write(`${startFailure(error)}\n`);
  process.exit(1);
}

async function openStorage(settings: HubSettings): Promise<Database> {
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

const KEY_SOURCES: Record<HubKeys['source'], string> = {
  environment: 'HUB_PRIVATE_KEY',
  file: 'the key file in DATA_DIR',
  'new-file': 'a new key file in DATA_DIR',
};

// The key must match what enrolled kiosks pinned; a mismatch stops the hub before it listens.
async function hubKeysFor(settings: HubSettings, database: Database): Promise<HubKeys> {
  try {
    const keys = await loadHubKeys({
      dataDir: settings.dataDir,
      privateKeyJwk: settings.hubPrivateKey,
    });
    await checkHubKeyRecord(database, keys.publicKey);
    return keys;
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

async function start(): Promise<void> {
  const settings = readHubSettings(process.env);
  const { sites, procedures } = await loadKioskConfig(settings.configDir);
  const site = chooseSite(sites, settings.configDir, settings.siteId);
  if (!settings.databaseUrl) await lockDataDir(settings.dataDir, 'hub');
  const database = await openStorage(settings);
  const hubKeys = await hubKeysFor(settings, database);
  const autoEnrolment = autoEnrolmentAllowed(settings);
  const spoolDir = join(settings.dataDir, 'spool');
  await sweepSpool(spoolDir);
  const opening = await startOpenerPool(
    hubKeys.privateKey,
    settings.openerThreads ?? defaultOpenerThreads(),
  );
  const openerThreads = opening?.threads().length ?? 0;
  console.log(
    `dvc-hub: hub key from ${KEY_SOURCES[hubKeys.source]}; automatic kiosk enrolment ${
      autoEnrolment ? 'on (local demo: loopback only, not production)' : 'off'
    }; envelopes opened ${
      openerThreads > 0
        ? `on ${openerThreads} thread(s) beside the hub's own`
        : "on the hub's thread"
    }`,
  );
  // Request lines go out once per turn of the event loop; anything after them goes the same way.
  const log = batchLines((text) => process.stdout.write(text));
  process.on('exit', () => log.flush());
  const app = createApp({
    database,
    site,
    procedures,
    version: await packageVersion(),
    kioskDist: settings.kioskDist,
    consoleDist: settings.consoleDist,
    hubKeys,
    blobs: openFileBlobStore(join(settings.dataDir, 'blobs')),
    spoolDir,
    ...(opening ? { opening } : {}),
    autoEnrolment,
    onRequest: ({ method, path, status, ms }) => log.line(`${method} ${path} ${status} ${ms}ms`),
    onError: (error) => console.error('dvc-hub: request failed:', error),
  });
  const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) =>
    log.line(`dvc-hub listening on ${listeningUrl(settings.host, info.port)}`),
  ) as Server;
  server.once('error', (error) => {
    void database.close().finally(() => fail(error));
  });
  shutDownOnSignals(server, database, (line) => log.line(line));
}

// Opener threads, started before the hub listens; if they cannot start (a broken install,
// say), the hub opens envelopes on its own thread rather than answer every delivery with 500.
async function startOpenerPool(key: HubKey, threads: number): Promise<OpenerPool | undefined> {
  if (threads === 0) return undefined;
  const pool = createOpenerPool(key, threads);
  try {
    await pool.ready();
    return pool;
  } catch (error) {
    console.error(
      `dvc-hub: envelope opener threads did not start (${String(error)}); opening envelopes on the hub's own thread`,
    );
    await pool.close();
    return undefined;
  }
}

start().catch(fail);

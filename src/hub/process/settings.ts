// The hub's environment, read and checked once at start.
import { resolve } from 'node:path';

/** Everything main.ts takes from the environment. */
export interface HubSettings {
  /** PORT: 0 asks the system for any free port. */
  port: number;
  /** HOST: loopback by default (local demo); production sets 0.0.0.0. */
  host: string;
  /** DATA_DIR: PGlite files, the hub's key file and envelope blobs. */
  dataDir: string;
  /** DATABASE_URL: PostgreSQL when set, else PGlite in DATA_DIR. */
  databaseUrl: string | undefined;
  kioskDist: string;
  consoleDist: string;
  /** KIOSK_CONFIG_DIR: procedures and sites. */
  configDir: string;
  /** SITE_ID: the site this hub serves; unset, the first site file. */
  siteId: string | undefined;
  /** NODE_ENV=production: no demo conveniences. */
  production: boolean;
  /** HUB_PRIVATE_KEY: the hub's private key as JWK JSON; unset, a key file in DATA_DIR. Never logged. */
  hubPrivateKey: string | undefined;
  /** OPENER_THREADS: threads that open envelopes beside the hub's own (0: none); unset, by cores. */
  openerThreads: number | undefined;
}

/** An environment variable the hub cannot use. */
export class SettingsError extends Error {
  readonly code = 'SETTINGS_INVALID';
  constructor(
    readonly variable: string,
    readonly expected: string,
  ) {
    super(`${variable} must be ${expected}.`);
    this.name = 'SettingsError';
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function portFrom(value: string | undefined): number {
  if (value === undefined) return 8080;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new SettingsError('PORT', `a whole number from 0 to 65535 (got "${value}")`);
  }
  return port;
}

function openerThreadsFrom(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > 64) {
    throw new SettingsError('OPENER_THREADS', `a whole number from 0 to 64 (got "${value}")`);
  }
  return Number(value);
}

/** Reads the settings from `env`, with the defaults the local demo needs. */
export function readHubSettings(env: NodeJS.ProcessEnv): HubSettings {
  return {
    port: portFrom(nonEmpty(env.PORT)),
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    dataDir: resolve(nonEmpty(env.DATA_DIR) ?? 'data'),
    databaseUrl: nonEmpty(env.DATABASE_URL),
    kioskDist: resolve(nonEmpty(env.KIOSK_DIST) ?? 'dist/kiosk'),
    consoleDist: resolve(nonEmpty(env.CONSOLE_DIST) ?? 'dist/console'),
    configDir: resolve(nonEmpty(env.KIOSK_CONFIG_DIR) ?? 'kiosk-config'),
    siteId: nonEmpty(env.SITE_ID),
    production: env.NODE_ENV === 'production',
    hubPrivateKey: nonEmpty(env.HUB_PRIVATE_KEY),
    openerThreads: openerThreadsFrom(nonEmpty(env.OPENER_THREADS)),
  };
}

/** The address to print: IPv6 hosts go in brackets. */
export function listeningUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

// Admin commands for the hub, run on the hub's machine with the hub's environment:
//   tsx src/hub/cli.ts enrolment-code --site <site-id> [--hours 24]
//   tsx src/hub/cli.ts revoke-kiosk <kiosk-id>
//   tsx src/hub/cli.ts kiosks
// On PGlite (no DATABASE_URL) the hub must be stopped first: one process per DATA_DIR.
import { parseArgs } from 'node:util';
import { loadKioskConfig } from './config/load-config';
import { issueEnrolmentCode } from './enrolment/enrolment-codes';
import { listKiosks, revokeKiosk } from './enrolment/kiosks';
import { lockDataDir } from './process/data-dir-lock';
import { readHubSettings } from './process/settings';
import type { Database } from './storage/database';
import { migrate } from './storage/migrations';
import { openDatabase } from './storage/open-database';

const USAGE = `Usage:
  tsx src/hub/cli.ts enrolment-code --site <site-id> [--hours <1-720>]
      Prints a one-time code that enrols one kiosk at the site (default: valid 24 hours).
  tsx src/hub/cli.ts revoke-kiosk <kiosk-id>
      Revokes the kiosk's token at once; it must enrol again to send anything.
  tsx src/hub/cli.ts kiosks
      Lists enrolled kiosks.`;

/** A mistake in how the command was typed: printed with the usage, exit code 2. */
class UsageError extends Error {}

async function withDatabase<T>(run: (db: Database) => Promise<T>): Promise<T> {
  const settings = readHubSettings(process.env);
  const release = settings.databaseUrl ? undefined : await lockDataDir(settings.dataDir, 'cli');
  const db = await openDatabase(settings);
  try {
    await migrate(db);
    return await run(db);
  } finally {
    await db.close().catch(() => undefined);
    release?.();
  }
}

async function enrolmentCode(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { site: { type: 'string' }, hours: { type: 'string', default: '24' } },
  });
  const hours = Number(values.hours);
  if (!values.site) throw new UsageError('enrolment-code needs --site <site-id>.');
  if (!Number.isFinite(hours) || hours <= 0 || hours > 720) {
    throw new UsageError('--hours must be a number from 1 to 720.');
  }
  const { configDir } = readHubSettings(process.env);
  const sites = (await loadKioskConfig(configDir)).sites.map((s) => s.id);
  if (!sites.includes(values.site)) {
    throw new UsageError(`There is no site "${values.site}"; sites: ${sites.join(', ')}.`);
  }
  const issued = await withDatabase((db) =>
    issueEnrolmentCode(db, { siteId: values.site!, ttlHours: hours }),
  );
  console.log(issued.code);
  console.error(
    `Enrols one kiosk at ${issued.siteId}; type it on the kiosk before ${issued.expiresAt.toISOString()}.`,
  );
}

async function revoke(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  const [kioskId] = positionals;
  if (!kioskId || positionals.length > 1) throw new UsageError('revoke-kiosk needs one kiosk id.');
  const revoked = await withDatabase((db) => revokeKiosk(db, kioskId));
  if (!revoked) throw new Error(`No unrevoked kiosk has the id ${kioskId}.`);
  console.log(`Kiosk ${kioskId} is revoked.`);
}

async function kiosks(): Promise<void> {
  const list = await withDatabase(listKiosks);
  if (list.length === 0) console.log('No kiosks are enrolled.');
  for (const k of list) {
    const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active';
    const seen = k.lastHeartbeatAt
      ? `last heartbeat ${k.lastHeartbeatAt.toISOString()}`
      : 'no heartbeat yet';
    console.log(
      `${k.id}  ${k.codePrefix}  ${k.siteId}  ${k.label ?? '-'}  ${k.enrolledVia}  ${state}  ${seen}`,
    );
  }
}

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  'enrolment-code': enrolmentCode,
  'revoke-kiosk': revoke,
  kiosks,
};

async function main(argv: string[]): Promise<number> {
  const [name = '', ...args] = argv;
  const command = COMMANDS[name];
  try {
    if (!command) throw new UsageError(name ? `Unknown command "${name}".` : 'Name a command.');
    await command(args);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`dvc-hub: ${message}\n`);
    if (
      error instanceof UsageError ||
      (error as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
    ) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));

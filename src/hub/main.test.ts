// The hub as a process: a bad configuration stops it with one clear line; a good one
// listens, answers, and exits 0 on SIGTERM.
import { spawn } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations } from './storage/migrations';
import { KIOSK_CONFIG_DIR, tempFolder, type TempFolder } from './test-support/app-fixture';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SITE_FILE = 'sites/nvh-phuong-dien-bien.json';

interface HubProcess {
  output: () => { stdout: string; stderr: string };
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
}

function startHub(env: Record<string, string>): HubProcess {
  // These tests are about the process, on PGlite, whatever the developer's shell has set.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/hub/main.ts'], {
    cwd: REPO,
    env: { ...inherited, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    output: () => ({ stdout, stderr }),
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    kill: (signal) => child.kill(signal),
  };
}

async function waitFor<T>(check: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const folders: TempFolder[] = [];
async function folder(prefix: string): Promise<TempFolder> {
  const made = await tempFolder(prefix);
  folders.push(made);
  return made;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => f.remove()));
});

describe('src/hub/main.ts', () => {
  it('stops with exit code 1 and names the file and field of a bad config', async () => {
    const config = await folder('config');
    await cp(KIOSK_CONFIG_DIR, config.path, { recursive: true });
    const siteFile = join(config.path, SITE_FILE);
    const site = JSON.parse(await readFile(siteFile, 'utf8')) as { hotlines: { phone: string }[] };
    site.hotlines[0]!.phone = 'gọi cho tôi';
    await writeFile(siteFile, JSON.stringify(site));

    const hub = startHub({ KIOSK_CONFIG_DIR: config.path, DATA_DIR: (await folder('data')).path });
    expect(await hub.exited).toBe(1);
    const { stderr } = hub.output();
    expect(stderr).toContain('nvh-phuong-dien-bien.json');
    expect(stderr).toContain('hotlines.0.phone');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('listens, answers health and exits 0 on SIGTERM', async () => {
    const data = await folder('data');
    const hub = startHub({ DATA_DIR: data.path, KIOSK_DIST: (await folder('kiosk')).path });
    const url = await waitFor(() => {
      const { stdout, stderr } = hub.output();
      if (stderr.includes('cannot start')) throw new Error(stderr);
      return /^dvc-hub listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(stdout)?.[1];
    }, 'the listening line');

    const res = await fetch(`${url}/api/v1/health?probe=1`);
    const migrations = (await loadMigrations()).map((m) => m.version);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'pglite', migrations });
    expect((await fetch(url)).status).toBe(503); // the empty kiosk folder has not been built

    hub.kill('SIGTERM');
    expect(await hub.exited).toBe(0);
    const { stdout } = hub.output();
    expect(stdout).toMatch(/^GET \/api\/v1\/health 200 \d+ms$/m);
    expect(stdout).not.toContain('probe=1');
    expect(stdout).toContain('dvc-hub stopped');
  });
});

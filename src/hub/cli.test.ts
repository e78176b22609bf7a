// The admin commands as staff run them: a code printed on its own line, usage on a typo, and
// a clear refusal while another process holds the embedded database.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './process/data-dir-lock';
import { tempFolder, type TempFolder } from './test-support/app-fixture';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

function runCli(args: string[], dataDir: string) {
  // On PGlite, whatever the developer's shell has set.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/hub/cli.ts', ...args], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })),
  );
}

let data: TempFolder | undefined;
afterEach(async () => {
  await data?.remove();
});

describe('src/hub/cli.ts', () => {
  it('prints a one-time enrolment code for a site', async () => {
    data = await tempFolder('cli');
    const run = await runCli(['enrolment-code', '--site', 'nvh-phuong-dien-bien'], data.path);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}\n$/);
    expect(run.stderr).toContain('nvh-phuong-dien-bien');
  }, 60_000);

  it('shows the usage for an unknown site or command, and refuses a DATA_DIR in use', async () => {
    data = await tempFolder('cli');
    const typo = await runCli(['enrolment-code', '--site', 'no-such-site'], data.path);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('There is no site "no-such-site"');
    expect(typo.stderr).toContain('Usage:');
    expect((await runCli(['enrol'], data.path)).code).toBe(2);

    const release = await lockDataDir(data.path, 'hub');
    try {
      const busy = await runCli(['kiosks'], data.path);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toMatch(/in use by the hub \(process \d+\)/);
    } finally {
      release();
    }
  }, 60_000);
});

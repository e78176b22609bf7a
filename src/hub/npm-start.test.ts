// The README's `npm start` refuses a malformed site file before anything is served,
// naming the file and the field.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('npm start', () => {
  it('exits non-zero on a malformed site config, naming the file and the field', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dvc-bad-config-')), 'kiosk-config');
    cpSync('kiosk-config', dir, { recursive: true });
    const site = join(dir, 'sites', 'nvh-phuong-dien-bien.json');
    const config = JSON.parse(readFileSync(site, 'utf8')) as { idle: Record<string, unknown> };
    config.idle.warnAfterSeconds = 'ninety';
    writeFileSync(site, JSON.stringify(config));

    const { code, output } = await run('npm', ['start'], {
      KIOSK_CONFIG_DIR: dir,
      PORT: '0',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'dvc-bad-config-data-')),
    });

    expect(code).not.toBe(0);
    expect(output).toContain('nvh-phuong-dien-bien.json');
    expect(output).toContain('idle.warnAfterSeconds');
    expect(output).not.toContain('listening on');
  }, 120_000);
});

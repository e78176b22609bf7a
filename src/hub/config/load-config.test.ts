import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadKioskConfig } from './load-config';

const realConfig = new URL('../../../kiosk-config/', import.meta.url).pathname;
const temporary: string[] = [];

/** A writable copy of the real kiosk-config folder, so a test can break one file. */
async function copyOfRealConfig(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dvc-config-'));
  temporary.push(dir);
  await cp(realConfig, dir, { recursive: true });
  return dir;
}

async function editJson(file: string, edit: (json: Record<string, unknown>) => void) {
  const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  edit(json);
  await writeFile(file, JSON.stringify(json));
}

async function configErrorOf(dir: string): Promise<ConfigError> {
  const error: unknown = await loadKioskConfig(dir).catch((e: unknown) => e);
  if (!(error instanceof ConfigError)) throw new Error(`expected a ConfigError, got ${error}`);
  return error;
}

afterEach(async () => {
  await Promise.all(temporary.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('loadKioskConfig', () => {
  it('loads the real catalogue: every procedure file validates, ids match file names', async () => {
    const { sites, procedures } = await loadKioskConfig(realConfig);
    expect(sites.length).toBeGreaterThan(0);
    expect(procedures.length).toBeGreaterThanOrEqual(15);
    expect(new Set(procedures.map((p) => p.id)).size).toBe(procedures.length);
    for (const id of ['khai-sinh', 'tam-tru', 'quyet-toan-thue-tncn', 'phan-anh-kien-nghi']) {
      expect(procedures.map((p) => p.id)).toContain(id);
    }
  });

  it('names the file and field of a bad procedure', async () => {
    const dir = await copyOfRealConfig();
    const file = join(dir, 'procedures', 'tam-tru.json');
    await editJson(file, (p) => {
      p.category = 'housing-stuff';
    });
    const error = await configErrorOf(dir);
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.file).toBe(file);
    expect(error.field).toBe('category');
  });

  it('rejects a procedure whose id does not match its file name', async () => {
    const dir = await copyOfRealConfig();
    await editJson(join(dir, 'procedures', 'khai-tu.json'), (p) => {
      p.id = 'khai-tu-2';
    });
    expect((await configErrorOf(dir)).field).toBe('id');
  });

  it('rejects a question condition that points to a later question', async () => {
    const dir = await copyOfRealConfig();
    await editJson(join(dir, 'procedures', 'khai-sinh.json'), (p) => {
      const questions = p.questions as Record<string, unknown>[];
      questions[0] = { ...questions[0], when: { questionId: 'consent', equals: true } };
    });
    expect((await configErrorOf(dir)).field).toBe('questions.0.when.questionId');
  });

  it('rejects two procedures with the same national code', async () => {
    const dir = await copyOfRealConfig();
    await editJson(join(dir, 'procedures', 'tam-tru.json'), (p) => {
      p.nationalCode = '1.004222';
    });
    const error = await configErrorOf(dir);
    expect(error.field).toBe('nationalCode');
  });

  it('rejects a site that enables a procedure the catalogue does not have', async () => {
    const dir = await copyOfRealConfig();
    const site = join(dir, 'sites', 'nvh-phuong-dien-bien.json');
    await editJson(site, (s) => {
      s.procedures = ['khai-sinh', 'lam-ho-chieu'];
    });
    const error = await configErrorOf(dir);
    expect(error.file).toBe(site);
    expect(error.field).toBe('procedures.1');
    expect(error.expected).toContain('lam-ho-chieu');
  });

  it('accepts a site that lists known procedures', async () => {
    const dir = await copyOfRealConfig();
    await editJson(join(dir, 'sites', 'nvh-phuong-dien-bien.json'), (s) => {
      s.procedures = ['khai-sinh', 'tam-tru'];
    });
    const { sites } = await loadKioskConfig(dir);
    expect(sites[0]?.procedures).toEqual(['khai-sinh', 'tam-tru']);
  });
});

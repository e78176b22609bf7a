// The hub's key pair: made once in DATA_DIR, readable by the hub's user only, the same after
// a restart; or taken from HUB_PRIVATE_KEY without touching the disk; never in an error.
import { readdir, stat, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  exportHubPrivateKey,
  generateHubKeyPair,
  importHubPublicKey,
  openSubmission,
  sealSubmission,
} from '../../protocol/envelope';
import { makeTrackingCode } from '../../protocol/tracking-code';
import { tempFolder, type TempFolder } from '../test-support/app-fixture';
import { HUB_KEY_FILE, loadHubKeys } from './hub-keys';

const folders: TempFolder[] = [];
async function dataDir(): Promise<TempFolder> {
  const folder = await tempFolder('keys');
  folders.push(folder);
  return folder;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((f) => f.remove()));
});

describe('loadHubKeys', () => {
  it('makes a key file (mode 0600) at first start and reads the same key after a restart', async () => {
    const data = await dataDir();
    const first = await loadHubKeys({ dataDir: data.path });
    expect(first.source).toBe('new-file');
    const file = join(data.path, HUB_KEY_FILE);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);

    const restarted = await loadHubKeys({ dataDir: data.path });
    expect(restarted.source).toBe('file');
    expect(restarted.publicKey).toBe(first.publicKey);

    // What a kiosk seals to the first start opens after the restart.
    const envelope = await sealSubmission({
      hubPublicKey: await importHubPublicKey(first.publicKey),
      submissionId: crypto.randomUUID(),
      kioskId: 'k1',
      trackingCode: makeTrackingCode('K7Q', 1),
      payload: new Uint8Array([1, 2, 3]),
    });
    const opened = await openSubmission({ hubPrivateKey: restarted.privateKey, envelope });
    expect(Array.from(opened.payload)).toEqual([1, 2, 3]);
  });

  it('takes HUB_PRIVATE_KEY and writes nothing', async () => {
    const data = await dataDir();
    const pair = await generateHubKeyPair();
    const jwk = await exportHubPrivateKey(pair.privateKey);
    const keys = await loadHubKeys({ dataDir: data.path, privateKeyJwk: jwk });
    expect(keys.source).toBe('environment');
    expect(await importHubPublicKey(keys.publicKey)).toBeTruthy();
    expect(await readdir(data.path)).toEqual([]);
  });

  it('refuses a bad key without repeating it, and a key file others can read', async () => {
    const data = await dataDir();
    const secretish = '{"kty":"EC","crv":"P-256","d":"c2VjcmV0LXZhbHVlLW5vdC1hLWtleQ"}';
    const bad = await loadHubKeys({ dataDir: data.path, privateKeyJwk: secretish }).catch(
      (e: unknown) => e,
    );
    expect(bad).toMatchObject({ code: 'HUB_KEY_INVALID' });
    expect((bad as Error).message).not.toContain('c2VjcmV0');

    if (process.platform === 'win32') return;
    await loadHubKeys({ dataDir: data.path });
    const file = join(data.path, HUB_KEY_FILE);
    await chmod(file, 0o644);
    await expect(loadHubKeys({ dataDir: data.path })).rejects.toMatchObject({
      code: 'HUB_KEY_FILE_UNSAFE',
    });
    await writeFile(file, 'not json', { mode: 0o600 });
    await chmod(file, 0o600);
    await expect(loadHubKeys({ dataDir: data.path })).rejects.toMatchObject({
      code: 'HUB_KEY_INVALID',
    });
  });
});

// Envelopes on disk by SHA-256: whole or absent, never overwritten, no temporary files left.
import { randomBytes } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolder, type TempFolder } from '../test-support/app-fixture';
import { blobAddress } from './blob-store';
import { openFileBlobStore } from './file-blob-store';

let folder: TempFolder | undefined;
afterEach(async () => {
  await folder?.remove();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('openFileBlobStore', () => {
  it('stores under ab/cd/<sha256>, reads back, and keeps a second put of the same bytes a no-op', async () => {
    folder = await tempFolder('blobs');
    const store = openFileBlobStore(folder.path);
    const bytes = new TextEncoder().encode('phong bì niêm phong');
    const sha256 = blobAddress(bytes);
    expect(await store.has(sha256)).toBe(false);
    expect(await store.get(sha256)).toBeUndefined();

    await Promise.all([store.put(sha256, bytes), store.put(sha256, bytes)]);
    const file = join(folder.path, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    expect(await filesUnder(folder.path)).toEqual([file]);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await store.has(sha256)).toBe(true);
    expect(await store.get(sha256)).toEqual(bytes);

    const { mtimeMs } = await stat(file);
    await store.put(sha256, bytes);
    expect((await stat(file)).mtimeMs).toBe(mtimeMs);
  });

  it('keeps blobs put at once into one new folder, small and large, each whole', async () => {
    folder = await tempFolder('blobs');
    const store = openFileBlobStore(folder.path);
    // Addresses are only names here: several blobs under one ab/cd/ folder, made by the first.
    const blobs = [1, 2, 3, 600 * 1024, 3 * 1024 * 1024].map((size, i) => {
      const bytes = randomBytes(size);
      return { sha256: `abcd${String(i).repeat(60)}`, bytes };
    });
    await Promise.all(blobs.map((b) => store.put(b.sha256, b.bytes)));
    for (const b of blobs) {
      expect(Buffer.compare((await store.get(b.sha256))!, b.bytes), b.sha256).toBe(0);
    }
    expect((await filesUnder(folder.path)).sort()).toEqual(
      blobs.map((b) => join(folder!.path, 'ab', 'cd', b.sha256)).sort(),
    );
  });

  it('refuses an address that is not a SHA-256', async () => {
    folder = await tempFolder('blobs');
    const store = openFileBlobStore(folder.path);
    await expect(store.put('../../etc/passwd', new Uint8Array(1))).rejects.toThrow(TypeError);
    await expect(store.get('ABC')).rejects.toThrow(TypeError);
  });
});

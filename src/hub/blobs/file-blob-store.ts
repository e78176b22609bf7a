// Envelopes as files: `<dir>/ab/cd/<sha256>`. Each is written to a temporary file beside its
// final name, flushed to disk, renamed into place and the folder flushed too, so a blob either
// exists whole under its name or not at all, whatever moment the power fails.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isBlobAddress, type BlobStore } from './blob-store';

function pathOf(dir: string, sha256: string): string {
  if (!isBlobAddress(sha256)) throw new TypeError(`"${sha256}" is not a SHA-256 blob address.`);
  return join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

// Makes a rename or a new entry survive a crash; folders cannot be opened so on Windows.
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeDurably(file: string, bytes: Uint8Array, folders: Set<string>): Promise<void> {
  const folder = dirname(file);
  if (!folders.has(folder)) {
    const created = await mkdir(folder, { recursive: true });
    // A new ab/ or ab/cd/ folder must itself be recorded in its parent before the file counts.
    if (created) {
      await syncFolder(dirname(folder));
      await syncFolder(dirname(dirname(folder)));
    }
    folders.add(folder);
  }
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** A blob store in a folder on local disk (DATA_DIR/blobs by default). */
export function openFileBlobStore(dir: string): BlobStore {
  // Folders known to exist (at most 65,536), so most writes skip mkdir.
  const folders = new Set<string>();
  return {
    async put(sha256, bytes) {
      const file = pathOf(dir, sha256);
      // Same address, same bytes: a complete file is already there (only renames create it).
      const existing = await stat(file).catch((error: unknown) => {
        if (isMissing(error)) return undefined;
        throw error;
      });
      if (existing?.size === bytes.length) return;
      await writeDurably(file, bytes, folders);
    },
    async get(sha256) {
      try {
        return new Uint8Array(await readFile(pathOf(dir, sha256)));
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },
    async has(sha256) {
      try {
        await stat(pathOf(dir, sha256));
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
  };
}

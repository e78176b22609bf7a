// Envelopes as files: `<dir>/ab/cd/<sha256>`. Each is written to a temporary file beside its
// final name, flushed to disk, renamed into place and the folder flushed too, so a blob either
// exists whole under its name or not at all, whatever moment the power fails. Every file
// operation is a trip through libuv's small thread pool, where flushes hold a thread for
// milliseconds, so a put makes as few as that allows: a small blob's temporary file is opened
// with O_DSYNC and written in one write that reaches the disk before it returns (no separate
// fsync), a folder just created cannot already hold the blob (no stat), and only folders that
// gained an entry are flushed, in parallel.
import { constants } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isBlobAddress, type BlobStore } from './blob-store';

function pathOf(dir: string, sha256: string): string {
  if (!isBlobAddress(sha256)) throw new TypeError(`"${sha256}" is not a SHA-256 blob address.`);
  return join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

const NEW_FILE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;
// writeFile writes at most 512 KB at a time, and with O_DSYNC each write is a flush of its
// own: larger blobs (and systems without O_DSYNC, Windows) get one fsync at the end instead.
const DSYNC = constants.O_DSYNC;
const ONE_WRITE_BYTES = 512 * 1024;

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

async function writeTemporary(temporary: string, bytes: Uint8Array): Promise<void> {
  if (DSYNC !== undefined && bytes.length <= ONE_WRITE_BYTES) {
    return writeFile(temporary, bytes, { flag: NEW_FILE | DSYNC, mode: 0o600 });
  }
  const handle = await open(temporary, NEW_FILE, 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// The folders a mkdir created (it names the first: ab/ or ab/cd/) are recorded in their
// parents, which must be flushed: the root for ab/, ab/ for cd/.
function parentsToFlush(folder: string, created: string): string[] {
  return created === folder ? [dirname(folder)] : [dirname(folder), dirname(dirname(folder))];
}

async function writeDurably(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeTemporary(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A blob store in a folder on local disk (DATA_DIR/blobs by default). */
export function openFileBlobStore(dir: string): BlobStore {
  // Folders known to exist or being made (at most 65,536): when mkdir is done, and when the
  // entries it added are flushed, which every blob put there waits for, not only the first.
  const folders = new Map<string, { made: Promise<unknown>; flushed: Promise<void> }>();
  // Makes the folder exist; true when this call created it, so it cannot hold the blob yet.
  const ensureFolder = async (folder: string): Promise<boolean> => {
    const known = folders.get(folder);
    if (known) {
      await known.made;
      return false;
    }
    const made = mkdir(folder, { recursive: true });
    const flushed = made.then(async (created) => {
      if (created) await Promise.all(parentsToFlush(folder, created).map(syncFolder));
    });
    folders.set(folder, { made, flushed });
    flushed.catch(() => folders.delete(folder));
    return (await made) !== undefined;
  };
  const flushedFolder = (folder: string) => folders.get(folder)?.flushed;
  return {
    async put(sha256, bytes) {
      const file = pathOf(dir, sha256);
      const folder = dirname(file);
      if (!(await ensureFolder(folder))) {
        // Same address, same bytes: a complete file is already there (only renames create it).
        const existing = await stat(file).catch((error: unknown) => {
          if (isMissing(error)) return undefined;
          throw error;
        });
        if (existing?.size === bytes.length) return flushedFolder(folder);
      }
      await writeDurably(file, bytes);
      await Promise.all([syncFolder(folder), flushedFolder(folder)]);
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

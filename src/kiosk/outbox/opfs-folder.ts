// The outbox mirror's folder in the browser: a directory of the origin private file system,
// which the browser keeps apart from IndexedDB. A writable stream writes to a temporary file
// and swaps it in on close(), so a file is either the old bytes or the new ones, whole.
import type { MirrorFolder } from './outbox-mirror';

/** The directory's name at the root of the origin private file system. */
export const OUTBOX_MIRROR_DIR = 'dvc-kiosk-outbox-mirror';

function isNotFound(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'NotFoundError';
}

/** A folder in the origin private file system; undefined where the browser has none. */
export function opfsFolder(name = OUTBOX_MIRROR_DIR): MirrorFolder | undefined {
  const storage = globalThis.navigator?.storage;
  if (typeof storage?.getDirectory !== 'function') return undefined;
  let directory: Promise<FileSystemDirectoryHandle> | undefined;
  const open = () => {
    directory ??= storage
      .getDirectory()
      .then((root) => root.getDirectoryHandle(name, { create: true }))
      .catch((error: unknown) => {
        directory = undefined; // the next call tries again
        throw error;
      });
    return directory;
  };
  return {
    async write(file, ...parts) {
      const handle = await (await open()).getFileHandle(file, { create: true });
      const writable = await handle.createWritable();
      try {
        for (const part of parts) await writable.write(part as Uint8Array<ArrayBuffer>);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        throw error;
      }
    },
    async read(file, length) {
      let handle: FileSystemFileHandle;
      try {
        handle = await (await open()).getFileHandle(file);
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
      const whole = await handle.getFile();
      const part = length === undefined ? whole : whole.slice(0, length);
      return new Uint8Array(await part.arrayBuffer());
    },
    async names() {
      const found: string[] = [];
      const dir = (await open()) as FileSystemDirectoryHandle & {
        keys(): AsyncIterableIterator<string>;
      };
      for await (const key of dir.keys()) found.push(key);
      return found;
    },
    async remove(file) {
      try {
        await (await open()).removeEntry(file);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    },
  };
}

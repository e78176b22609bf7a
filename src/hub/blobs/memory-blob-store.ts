// A blob store in memory, for tests and tools that must not touch the disk. Bytes are copied
// in and out (a Buffer's slice() would share memory), as a real store would.
import { isBlobAddress, type BlobStore } from './blob-store';

/** A BlobStore in a Map; `blobs` is exposed so tests can look inside. */
export function createMemoryBlobStore(): BlobStore & { blobs: Map<string, Uint8Array> } {
  const blobs = new Map<string, Uint8Array>();
  const check = (sha256: string) => {
    if (!isBlobAddress(sha256)) throw new TypeError(`"${sha256}" is not a SHA-256 blob address.`);
  };
  return {
    blobs,
    async put(sha256, bytes) {
      check(sha256);
      if (!blobs.has(sha256)) blobs.set(sha256, new Uint8Array(bytes));
    },
    async get(sha256) {
      check(sha256);
      const bytes = blobs.get(sha256);
      return bytes && new Uint8Array(bytes);
    },
    async has(sha256) {
      check(sha256);
      return blobs.has(sha256);
    },
  };
}

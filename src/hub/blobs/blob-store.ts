// The seam between the hub and where envelope bytes live. Rows stay small in the database;
// envelopes (megabytes of photos each) go to a content-addressed store: files under DATA_DIR
// by default, S3-compatible object storage at city scale. Small envelopes (64 KB at most) skip
// it and are kept in the database with their row (receive-submission.ts). Writers store the blob first, then
// the row naming its hash, so a crash in between leaves only a blob no row names yet.
import { createHash } from 'node:crypto';

/** Bytes stored and fetched by their SHA-256, lower-case hex. */
export interface BlobStore {
  /** Stores `bytes` under `sha256` durably before resolving; the same bytes again are a no-op. */
  put(sha256: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or undefined when nothing is stored under that hash. */
  get(sha256: string): Promise<Uint8Array | undefined>;
  has(sha256: string): Promise<boolean>;
}

/** A blob address: the SHA-256 of the bytes, lower-case hex. */
export function blobAddress(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** True for a well-formed address; stores refuse anything else before touching storage. */
export function isBlobAddress(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(text);
}

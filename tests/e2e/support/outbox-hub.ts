// What the hub holds after an outbox test, read straight from its database, blob store and key
// once it has stopped: each submission's row, the SHA-256 of its stored bytes, and the
// attachment inside, opened with the hub's private key.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { openFileBlobStore } from '../../../src/hub/blobs/file-blob-store';
import { readEnvelope } from '../../../src/hub/submissions/receive-submission';
import { loadHubKeys } from '../../../src/hub/keys/hub-keys';
import { openPglite } from '../../../src/hub/storage/pglite';
import { openSubmission } from '../../../src/protocol/envelope';
import type { OutboxCounts } from '../../../src/protocol/submission';
import { decodeSubmissionPayload } from '../../../src/protocol/submission-payload';
import { removeDataDir, type RunningHub } from './hub';
import type { QueuedSubmission } from './outbox';

/** One submission as the hub holds it, checked byte for byte. */
export interface HeldSubmission {
  id: string;
  trackingCode: string;
  envelopeSha256: string;
  /** SHA-256 of the stored bytes (database or blob file): must equal the row's. */
  blobSha256: string;
  /** SHA-256 of the first attachment, from the envelope opened with the hub's key. */
  attachmentSha256: string;
  /** Status history entries: exactly one ('received') for a submission stored once. */
  events: number;
}

/** Stops the hub, reads its database, blob store and key directly, then removes its data. */
export async function hubHoldings(hub: RunningHub) {
  await hub.stop();
  const database = await openPglite({ dataDir: join(hub.dataDir, 'pglite') });
  try {
    const { rows } = await database.query<{
      id: string;
      tracking_code: string;
      envelope_sha256: string;
      events: number;
    }>(
      `select s.id, s.tracking_code, s.envelope_sha256,
         (select count(*)::int from submission_events e where e.submission_id = s.id) as events
       from submissions s`,
    );
    const { rows: kiosks } = await database.query<{
      app_version: string | null;
      queue_counts: OutboxCounts;
    }>('select app_version, queue_counts from kiosks');
    const keys = await loadHubKeys({ dataDir: hub.dataDir });
    const blobs = openFileBlobStore(join(hub.dataDir, 'blobs'));
    const held: HeldSubmission[] = [];
    for (const row of rows) {
      const envelope = await readEnvelope({ database, blobs }, row.envelope_sha256);
      if (!envelope) throw new Error(`no blob for ${row.id}`);
      const { payload } = await openSubmission({ hubPrivateKey: keys.privateKey, envelope });
      const attachment = decodeSubmissionPayload(payload).attachments[0]?.bytes ?? new Uint8Array();
      held.push({
        id: row.id,
        trackingCode: row.tracking_code,
        envelopeSha256: row.envelope_sha256,
        blobSha256: createHash('sha256').update(envelope).digest('hex'),
        attachmentSha256: createHash('sha256').update(attachment).digest('hex'),
        events: row.events,
      });
    }
    return { held, kiosks };
  } finally {
    await database.close();
    removeDataDir(hub.dataDir);
  }
}

/** Checks the hub holds exactly `expected`, once each, with the bytes the kiosk sealed. */
export function expectHeldExactlyOnce(held: HeldSubmission[], expected: QueuedSubmission[]) {
  expect(held.map((h) => h.id).sort()).toEqual(expected.map((q) => q.id).sort());
  const byId = new Map(held.map((h) => [h.id, h]));
  for (const q of expected) {
    const h = byId.get(q.id)!;
    expect(h.trackingCode).toBe(q.trackingCode);
    expect(h.blobSha256).toBe(h.envelopeSha256);
    if (q.envelopeSha256) expect(h.envelopeSha256).toBe(q.envelopeSha256);
    expect(h.attachmentSha256).toBe(q.attachmentSha256);
    expect(h.events).toBe(1);
  }
}

// Put state in place for kiosk-facing tests (a hub app on a test database, an enrolled kiosk),
// and act like a kiosk (seal an envelope, PUT it, send a heartbeat).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import {
  exportHubPublicKey,
  generateHubKeyPair,
  importHubPublicKey,
  sealSubmission,
} from '../../protocol/envelope';
import { makeLookupSecret } from '../../protocol/lookup-secret';
import { submissionPath, type HeartbeatBody } from '../../protocol/submission';
import { encodeSubmissionPayload } from '../../protocol/submission-payload';
import { makeTrackingCode } from '../../protocol/tracking-code';
import { createApp, type AppDeps } from '../app';
import { createMemoryBlobStore } from '../blobs/memory-blob-store';
import type { BlobStore } from '../blobs/blob-store';
import { createKiosk, type NewKiosk } from '../enrolment/kiosks';
import type { HubKeys } from '../keys/hub-keys';
import type { Database } from '../storage/database';
import { demoSite } from './app-fixture';

/** A key pair made in memory, as a hub would hold it. */
export async function makeTestHubKeys(): Promise<HubKeys> {
  const pair = await generateHubKeyPair();
  return {
    privateKey: pair.privateKey,
    publicKey: await exportHubPublicKey(pair.publicKey),
    source: 'environment',
  };
}

/** The kiosk-facing deps for tests that never send a submission. */
export async function kioskIntakeStandIns(): Promise<
  Pick<AppDeps, 'hubKeys' | 'blobs' | 'autoEnrolment' | 'spoolDir'>
> {
  return {
    hubKeys: await makeTestHubKeys(),
    blobs: createMemoryBlobStore(),
    autoEnrolment: false,
    spoolDir: join(tmpdir(), 'dvc-test-spool'),
  };
}

/** A hub app over `database` (already migrated), with what tests look at. */
export interface TestHub {
  app: Hono;
  hubKeys: HubKeys;
  blobs: BlobStore;
  failures: unknown[];
}

/** Builds the app as main.ts does, with test stand-ins for keys and blobs. */
export async function createTestHub(
  database: Database,
  options: Partial<
    Pick<AppDeps, 'autoEnrolment' | 'blobs' | 'hubKeys' | 'envelopeBudgetBytes' | 'spoolDir'>
  > = {},
): Promise<TestHub> {
  const hubKeys = options.hubKeys ?? (await makeTestHubKeys());
  const blobs = options.blobs ?? createMemoryBlobStore();
  const failures: unknown[] = [];
  const app = createApp({
    database,
    site: await demoSite(),
    version: '0.0.0-test',
    kioskDist: 'no-such-kiosk-dist',
    consoleDist: 'no-such-console-dist',
    hubKeys,
    blobs,
    autoEnrolment: options.autoEnrolment ?? false,
    spoolDir: options.spoolDir ?? join(tmpdir(), 'dvc-test-spool'),
    envelopeBudgetBytes: options.envelopeBudgetBytes,
    onError: (error) => failures.push(error),
  });
  return { app, hubKeys, blobs, failures };
}

/** Enrols a kiosk directly in the database, as a redeemed code would. */
export function enrolTestKiosk(database: Database, label?: string): Promise<NewKiosk> {
  return createKiosk(database, { siteId: 'nvh-phuong-dien-bien', label, via: 'code' });
}

/** A sealed submission and what the kiosk knows about it. */
export interface TestEnvelope {
  submissionId: string;
  trackingCode: string;
  lookupSecret: string;
  envelope: Uint8Array<ArrayBuffer>;
}

/** Seals a submission from `kiosk` with `photoBytes` of attachment (filler, not a real JPEG). */
export async function sealTestEnvelope(
  hub: Pick<HubKeys, 'publicKey'>,
  kiosk: Pick<NewKiosk, 'kioskId' | 'kioskPrefix'>,
  counter: number,
  photoBytes = 0,
): Promise<TestEnvelope> {
  const lookupSecret = makeLookupSecret();
  const submissionId = globalThis.crypto.randomUUID();
  const trackingCode = makeTrackingCode(kiosk.kioskPrefix, counter);
  const payload = encodeSubmissionPayload({
    procedureId: 'khai-sinh',
    language: 'vi',
    lookupSecret,
    answers: { 'ho-ten': 'Nguyễn Thị Ánh' },
    attachments: photoBytes
      ? [
          {
            field: 'giay-chung-sinh',
            mediaType: 'image/jpeg',
            bytes: new Uint8Array(photoBytes).fill(7),
          },
        ]
      : [],
  });
  const envelope = await sealSubmission({
    hubPublicKey: await importHubPublicKey(hub.publicKey),
    submissionId,
    kioskId: kiosk.kioskId,
    trackingCode,
    payload,
  });
  return { submissionId, trackingCode, lookupSecret, envelope };
}

/** PUTs an envelope as the kiosk's outbox does (with its length), or `streamed` without one. */
export function putEnvelope(
  app: Hono,
  token: string | undefined,
  submissionId: string,
  envelope: Uint8Array<ArrayBuffer>,
  options: { headers?: Record<string, string>; streamed?: boolean } = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(submissionPath(submissionId), {
      method: 'PUT',
      headers: {
        'Content-Type': 'application/octet-stream',
        ...(options.streamed ? {} : { 'Content-Length': String(envelope.length) }),
        ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
        ...options.headers,
      },
      body: envelope,
    }),
  );
}

/** A heartbeat as the kiosk sends it. */
export function testHeartbeat(queued = 2): HeartbeatBody {
  return {
    appVersion: '0.1.0+test',
    sentAt: new Date().toISOString(),
    outbox: {
      queued,
      sending: 0,
      deadLetter: 0,
      delivered: 5,
      queuedBytes: 2048,
      oldestQueuedAt: null,
    },
  };
}

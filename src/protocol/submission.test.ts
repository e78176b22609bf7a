import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  ApiErrorBody,
  EnrolmentResponse,
  HeartbeatBody,
  KioskId,
  SubmissionId,
  submissionPath,
  SubmissionPutResult,
  TrackingCode,
} from './submission';
import { exportHubPublicKey, generateHubKeyPair } from './envelope';
import { makeTrackingCode } from './tracking-code';

describe('submission wire schemas', () => {
  it('accepts ids as the kiosk makes them and nothing looser', () => {
    const id = globalThis.crypto.randomUUID();
    expect(v.is(SubmissionId, id)).toBe(true);
    expect(v.is(SubmissionId, id.toUpperCase())).toBe(false);
    expect(v.is(SubmissionId, `${id}x`)).toBe(false);
    expect(v.is(KioskId, 'kiosk-hk-0012')).toBe(true);
    expect(v.is(KioskId, '../etc')).toBe(false);
    expect(v.is(TrackingCode, makeTrackingCode('K7Q', 7))).toBe(true);
    expect(v.is(TrackingCode, makeTrackingCode('K7Q', 7).toLowerCase())).toBe(false);
    expect(submissionPath(id)).toBe(`/api/v1/submissions/${id}`);
  });

  it('reads an enrolment answer carrying a real hub key', async () => {
    const { publicKey } = await generateHubKeyPair();
    const answer = {
      kioskId: 'kiosk-hk-0012',
      kioskPrefix: 'K7Q',
      siteId: 'nha-van-hoa-hang-bac',
      token: 'a'.repeat(43),
      hubPublicKey: await exportHubPublicKey(publicKey),
      futureField: 1,
    };
    const parsed = v.parse(EnrolmentResponse, answer);
    expect(parsed).not.toHaveProperty('futureField');
    expect(v.is(EnrolmentResponse, { ...answer, kioskPrefix: 'K7QQ' })).toBe(false);
  });

  it('reads PUT results, heartbeats and error bodies', () => {
    expect(
      v.is(SubmissionPutResult, {
        submissionId: globalThis.crypto.randomUUID(),
        trackingCode: makeTrackingCode('K7Q', 7),
        outcome: 'already-stored',
        receivedAt: new Date().toISOString(),
      }),
    ).toBe(true);
    const heartbeat = {
      appVersion: '0.1.0+abc123',
      sentAt: new Date().toISOString(),
      outbox: {
        queued: 2,
        sending: 0,
        deadLetter: 1,
        delivered: 40,
        queuedBytes: 4e6,
        oldestQueuedAt: 1,
      },
      storage: { usage: 1, quota: 2, persisted: true },
    };
    expect(v.is(HeartbeatBody, heartbeat)).toBe(true);
    expect(v.is(HeartbeatBody, { ...heartbeat, outbox: { ...heartbeat.outbox, queued: -1 } })).toBe(
      false,
    );
    expect(
      v.is(ApiErrorBody, { error: { code: 'TOO_LARGE', message: 'Envelope over 25 MiB' } }),
    ).toBe(true);
    expect(v.is(ApiErrorBody, { error: 'nope' })).toBe(false);
  });
});

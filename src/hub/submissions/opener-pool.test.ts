// The opener pool opens on its threads exactly what the hub's own thread would, gives every
// envelope's bytes back whole, and survives a thread that dies.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  EnvelopeError,
  generateHubKeyPair,
  sealSubmission,
  type HubKey,
} from '../../protocol/envelope';
import { makeLookupSecret } from '../../protocol/lookup-secret';
import { encodeSubmissionPayload } from '../../protocol/submission-payload';
import { makeTrackingCode } from '../../protocol/tracking-code';
import { openInThisThread, type EnvelopeOpening, type OpenResult } from './envelope-opening';
import { createEnvelopeOpener } from './open-envelope';
import { createOpenerPool, defaultOpenerThreads, type OpenerPool } from './opener-pool';

let hub: { publicKey: HubKey; privateKey: HubKey };
let here: EnvelopeOpening;
const pools: OpenerPool[] = [];

beforeAll(async () => {
  hub = await generateHubKeyPair();
  here = openInThisThread(createEnvelopeOpener(hub.privateKey));
});

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

function pool(size: number): OpenerPool {
  const made = createOpenerPool(hub.privateKey, size);
  pools.push(made);
  return made;
}

let counter = 1;
async function seal(photoBytes = 100): Promise<Uint8Array> {
  const payload = encodeSubmissionPayload({
    procedureId: 'khai-sinh',
    language: 'vi',
    lookupSecret: makeLookupSecret(),
    answers: { 'ho-ten': 'Nguyễn Thị Ánh' },
    attachments: [{ field: 'anh', mediaType: 'image/jpeg', bytes: randomBytes(photoBytes) }],
  });
  return sealSubmission({
    hubPublicKey: hub.publicKey,
    submissionId: crypto.randomUUID(),
    kioskId: 'kiosk-1',
    trackingCode: makeTrackingCode('K7Q', counter++),
    payload,
  });
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

// What an outcome says, without the bytes, for comparing two ways of opening.
function gist(result: OpenResult) {
  return result.ok
    ? { ok: true, sha256: result.sha256, opened: result.opened }
    : { ok: false, sha256: result.sha256, code: result.error.code };
}

describe('createOpenerPool', () => {
  it('opens what this thread opens, and gives the bytes back whole, moved, not copied', async () => {
    const opening = pool(2);
    for (const photoBytes of [0, 10_000, 3 * 1024 * 1024]) {
      const envelope = await seal(photoBytes);
      const copy = envelope.slice();
      const result = await opening.open(envelope);
      expect(envelope.byteLength).toBe(0); // handed over: the caller works on with result.envelope
      expect(Buffer.from(result.envelope).equals(Buffer.from(copy))).toBe(true);
      expect(result.sha256).toBe(sha256(copy));
      expect(gist(result)).toEqual(gist(await here.open(copy.slice())));
      expect(result.ok).toBe(true);
    }
  });

  it('refuses a flipped bit, a cut envelope and stray bytes with the codes this thread gives', async () => {
    const opening = pool(1);
    const envelope = await seal();
    const flipped = envelope.slice();
    flipped[flipped.length - 20]! ^= 0x01;
    const header = envelope.slice();
    header[8]! ^= 0x80;
    const cases = [flipped, header, envelope.slice(0, 40), new Uint8Array([1, 2, 3])];
    for (const bytes of cases) {
      const inPool = await opening.open(bytes.slice());
      expect(inPool.ok).toBe(false);
      if (!inPool.ok) expect(inPool.error).toBeInstanceOf(EnvelopeError);
      expect(gist(inPool)).toEqual(gist(await here.open(bytes.slice())));
    }
  });

  it('keeps many envelopes apart when they are opened at once on several threads', async () => {
    const opening = pool(3);
    const envelopes = await Promise.all(Array.from({ length: 60 }, (_, i) => seal(i * 97)));
    const expected = await Promise.all(envelopes.map((e) => here.open(e.slice())));
    const results = await Promise.all(envelopes.map((e) => opening.open(e.slice())));
    expect(results.map(gist)).toEqual(expected.map(gist));
    expect(opening.threads()).toHaveLength(3);
  });

  it("copies a view onto part of a larger buffer instead of taking the owner's buffer", async () => {
    const opening = pool(1);
    const envelope = await seal();
    const larger = new Uint8Array(envelope.length + 10);
    larger.set(envelope, 5);
    const view = larger.subarray(5, 5 + envelope.length);
    const result = await opening.open(view);
    expect(result.ok).toBe(true);
    expect(larger.byteLength).toBe(envelope.length + 10);
    expect(Buffer.from(view).equals(Buffer.from(envelope))).toBe(true);
  });

  it('fails only what a dying thread held, and opens the next envelope on a new thread', async () => {
    const opening = pool(1);
    expect((await opening.open(await seal())).ok).toBe(true);
    const [first] = opening.threads();
    const envelope = await seal();
    // The thread is stopping when the envelope is handed to it: it will never answer.
    const dying = first!.terminate();
    const held = opening.open(envelope);
    await dying;
    await expect(held).rejects.toThrow(/opener thread/);
    const after = await opening.open(await seal());
    expect(after.ok).toBe(true);
    expect(opening.threads()).toHaveLength(1);
    expect(opening.threads()[0]).not.toBe(first);
  });

  it('says when every thread can open, and when one could not start', async () => {
    const opening = pool(2);
    await expect(opening.ready()).resolves.toBeUndefined();
    // A start-up module that fails, as a broken install would.
    const folder = mkdtempSync(join(tmpdir(), 'dvc-opener-'));
    const broken = join(folder, 'boot.mjs');
    writeFileSync(broken, "throw new Error('no loader here');\n");
    try {
      const failing = createOpenerPool(hub.privateKey, 2, pathToFileURL(broken));
      pools.push(failing);
      await expect(failing.ready()).rejects.toThrow(/no loader here/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('refuses to open once closed', async () => {
    const opening = pool(1);
    await opening.close();
    await expect(opening.open(await seal())).rejects.toThrow(/closed/);
  });
});

describe('defaultOpenerThreads', () => {
  it('uses no thread on two cores, then one per core beyond two, at most four', () => {
    expect([1, 2, 3, 4, 6, 16].map((cores) => defaultOpenerThreads(cores))).toEqual([
      0, 0, 1, 2, 4, 4,
    ]);
  });
});

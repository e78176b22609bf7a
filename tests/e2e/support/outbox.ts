// Put state in place for outbox tests: the kiosk built with the outbox test seam (see
// src/kiosk/outbox/outbox-test-seam.ts), a local-demo hub serving it, real submissions enqueued
// in the real page through the real Outbox, and what the kiosk and the hub hold afterwards.
import { execFileSync } from 'node:child_process';
import { expect, type JSHandle, type Page } from '@playwright/test';
import type { OutboxCounts } from '../../../src/protocol/submission';
import { startHub, type HubOptions, type RunningHub } from './hub';

/** The second kiosk build, with the seam; the hub serves it in outbox tests only. */
export const SEAM_KIOSK_DIST = 'dist/kiosk-e2e';

/** What the seam sets on the page's window (OUTBOX_TEST_SEAM_GLOBAL). */
export const SEAM_GLOBAL = '__dvcOutboxTestSeam';

/**
 * The part of the page's OutboxTestSeam these tests use, written out here because the tests
 * compile apart from the kiosk's DOM code.
 */
export interface OutboxTestSeam {
  outbox: {
    enqueue(content: {
      procedureId: string;
      language: 'vi' | 'en';
      answers: Record<string, string>;
      attachments: Array<{ field: string; mediaType: string; bytes: Uint8Array }>;
    }): Promise<{ submissionId: string; trackingCode: string; pin: string }>;
    counts(): Promise<OutboxCounts>;
    list(): Promise<
      Array<{
        id: string;
        trackingCode: string;
        state: 'queued' | 'sending' | 'delivered' | 'dead-letter';
        lastError: { code: string; status?: number; message?: string } | null;
      }>
    >;
    retry(id: string): Promise<void>;
    store: { db: { envelope(id: string): Promise<ArrayBuffer | undefined> } };
  };
  sync: {
    trigger(reason: 'online'): void;
    status(): { blocked: string | null };
    syncNow(): Promise<unknown>;
  };
  enrolment: {
    status(): { state: string; lastError?: string };
    current(): { kioskId: string; token: string } | undefined;
    enrolWithCode(code: string): Promise<unknown>;
  };
  errorText(error: unknown, language: 'vi' | 'en'): string;
}

/** Runs `fn` in the page with the seam's real instances (the page must have loaded it). */
export async function withSeam<R, A>(
  page: Page,
  fn: (seam: OutboxTestSeam, arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  const seam = (await page.evaluateHandle(
    (name) => (globalThis as unknown as Record<string, unknown>)[name],
    SEAM_GLOBAL,
  )) as JSHandle<OutboxTestSeam>;
  try {
    // Arguments cross to the page as JSON-like values, which is all these helpers pass.
    return await seam.evaluate(fn as (seam: OutboxTestSeam, arg: unknown) => R | Promise<R>, arg);
  } finally {
    await seam.dispose().catch(() => undefined);
  }
}

/** Builds the kiosk with VITE_OUTBOX_TEST_SEAM=1 into SEAM_KIOSK_DIST. */
export function buildSeamKiosk(): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', SEAM_KIOSK_DIST], {
    env: { ...process.env, VITE_OUTBOX_TEST_SEAM: '1' },
    stdio: 'inherit',
  });
}

/** A hub serving the seam build, with automatic enrolment on (loopback, not production). */
export function startSeamHub(options: HubOptions = {}): Promise<RunningHub> {
  return startHub({
    kioskDist: SEAM_KIOSK_DIST,
    ...options,
    env: { NODE_ENV: 'development', ...options.env },
  });
}

/** Restarts a stopped or crashed hub at the same address with the same data. */
export function restartHub(hub: RunningHub, options: HubOptions = {}): Promise<RunningHub> {
  return startSeamHub({ ...options, port: hub.port, dataDir: hub.dataDir });
}

/** Opens the kiosk and waits until its outbox runs and the kiosk is enrolled. */
export async function openSeamKiosk(page: Page, hubUrl: string): Promise<void> {
  await page.goto(hubUrl);
  await page.waitForFunction(
    (name) =>
      (globalThis as unknown as Record<string, OutboxTestSeam | undefined>)[
        name
      ]?.enrolment.status().state === 'enrolled',
    SEAM_GLOBAL,
    { timeout: 20_000 },
  );
}

/** One submission the page returned a receipt for, with hashes to check the hub against. */
export interface QueuedSubmission {
  id: string;
  trackingCode: string;
  attachmentSha256: string;
  /** The sealed bytes' hash, while the kiosk still held them right after enqueue. */
  envelopeSha256: string | null;
}

/** Residents submit `count` times in the page, each with one random attachment of `bytes`. */
export function enqueueInPage(page: Page, count: number, bytes: number) {
  return withSeam(
    page,
    // No named functions inside: tsx (the benchmarks' runner) would wrap them in a helper
    // that does not exist in the page.
    async (seam, { count, bytes }) => {
      const out: QueuedSubmission[] = [];
      for (let i = 0; i < count; i++) {
        const photo = new Uint8Array(bytes);
        for (let at = 0; at < bytes; at += 65_536) {
          crypto.getRandomValues(photo.subarray(at, Math.min(bytes, at + 65_536)));
        }
        const hashes = [await crypto.subtle.digest('SHA-256', photo)];
        const receipt = await seam.outbox.enqueue({
          procedureId: 'dang-ky-khai-sinh',
          language: 'vi',
          answers: { 'ho-ten': `Nguyễn Thị Hoà ${i}`, 'so-dien-thoai': '0912345678' },
          attachments: [{ field: 'giay-chung-sinh', mediaType: 'image/jpeg', bytes: photo }],
        });
        const envelope = await seam.outbox.store.db.envelope(receipt.submissionId);
        if (envelope) hashes.push(await crypto.subtle.digest('SHA-256', envelope));
        const [attachmentSha256, envelopeSha256] = hashes.map((h) =>
          Array.from(new Uint8Array(h), (b) => b.toString(16).padStart(2, '0')).join(''),
        );
        out.push({
          id: receipt.submissionId,
          trackingCode: receipt.trackingCode,
          attachmentSha256: attachmentSha256!,
          envelopeSha256: envelopeSha256 ?? null,
        });
      }
      return out;
    },
    { count, bytes },
  );
}

/** The outbox's counts, as staff and the heartbeat see them. */
export function outboxCounts(page: Page): Promise<OutboxCounts> {
  return withSeam(page, (seam) => seam.outbox.counts(), undefined);
}

/** Every record on the kiosk: id, code, state and last error (no bytes). */
export function outboxRecords(page: Page) {
  return withSeam(page, (seam) => seam.outbox.list(), undefined);
}

/** Ids of the envelopes left in the kiosk's IndexedDB, read with the plain IndexedDB API. */
export async function envelopesOnKiosk(page: Page): Promise<string[]> {
  const inIndexedDb = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('dvc-kiosk-outbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const keys = db.transaction('envelopes').objectStore('envelopes').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.map(String));
          };
          keys.onerror = () => reject(keys.error);
        };
      }),
  );
  return [...new Set([...inIndexedDb, ...(await envelopesInMirror(page))])];
}

/** Ids of the envelopes in the outbox's second copy, in the origin private file system. */
export function envelopesInMirror(page: Page): Promise<string[]> {
  return page.evaluate(async (dirName) => {
    const root = await navigator.storage.getDirectory();
    let dir: FileSystemDirectoryHandle;
    try {
      dir = await root.getDirectoryHandle(dirName);
    } catch {
      return [];
    }
    const ids: string[] = [];
    const keys = (
      dir as FileSystemDirectoryHandle & { keys(): AsyncIterableIterator<string> }
    ).keys();
    for await (const name of keys) {
      if (name.startsWith('submission-')) ids.push(name.slice('submission-'.length));
    }
    return ids;
  }, 'dvc-kiosk-outbox-mirror');
}

/** What a browser does when the network comes back: the page's loop wakes. */
export function networkBack(page: Page): Promise<void> {
  return page.evaluate(() => void dispatchEvent(new Event('online')));
}

/** Waits until at least `n` submissions are delivered, waking the loop now and then. */
export async function waitForDelivered(page: Page, n: number, timeout = 60_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const delivered = (await outboxCounts(page)).delivered;
        if (delivered < n) await networkBack(page);
        return delivered;
      },
      { timeout, intervals: [100] },
    )
    .toBeGreaterThanOrEqual(n);
}

// Act like a resident in the wizard: open a procedure from the catalogue, answer each question
// on its screen, take photos with the camera, send; and read back what the kiosk and the hub
// hold afterwards. Boxes are filled the way a staff member's USB keyboard would (the kiosk
// supports it); tests that need the on-screen keys tap them with typeOnScreen.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import * as v from 'valibot';
import { loadHubKeys } from '../../../src/hub/keys/hub-keys';
import { openFileBlobStore } from '../../../src/hub/blobs/file-blob-store';
import { readEnvelope } from '../../../src/hub/submissions/receive-submission';
import { openPglite } from '../../../src/hub/storage/pglite';
import { Procedure, type SubmitProcedure } from '../../../src/protocol/config/procedure';
import type { Question } from '../../../src/protocol/config/procedure-question';
import { openSubmission } from '../../../src/protocol/envelope';
import { decodeSubmissionPayload } from '../../../src/protocol/submission-payload';
import type { RunningHub } from './hub';
import { screenHeading, startSession, touch } from './kiosk';

/** The submit procedures in a config folder, read through the catalogue schema. */
export function submitProcedures(configDir = 'kiosk-config'): SubmitProcedure[] {
  const folder = join(configDir, 'procedures');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => v.parse(Procedure, JSON.parse(readFileSync(join(folder, file), 'utf8'))))
    .filter((p): p is SubmitProcedure => p.kind === 'submit');
}

/** A browser context as a kiosk has it: the kiosk's size, touch, Vietnamese, no service worker. */
export function kioskContext(
  browser: Browser,
  viewport = { width: 1080, height: 1920 },
): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    hasTouch: true,
    locale: 'vi-VN',
    serviceWorkers: 'block',
    reducedMotion: 'reduce',
  });
}

const WORDS = {
  vi: { tile: /^Làm thủ tục hành chính/, search: 'Tìm thủ tục', start: 'Bắt đầu nộp hồ sơ' },
  en: {
    tile: /^Administrative procedures/,
    search: 'Find a procedure',
    start: 'Start the application',
  },
} as const;

/** From the home screen: search for the procedure, open it, touch "Bắt đầu nộp hồ sơ". */
export async function startProcedure(
  page: Page,
  procedure: SubmitProcedure,
  language: 'vi' | 'en' = 'vi',
) {
  const words = WORDS[language];
  await touch(page, words.tile);
  const search = page.getByRole('textbox', { name: words.search });
  await search.fill(procedure.name[language]);
  await page.locator(`[data-procedure="${procedure.id}"]`).first().tap();
  await expect(screenHeading(page)).toHaveText(procedure.name[language]);
  await touch(page, words.start);
  await expect(page.locator('[data-question]')).toBeVisible();
}

/** Opens the kiosk's session and the procedure's first question. */
export async function beginProcedure(page: Page, procedure: SubmitProcedure) {
  await startSession(page);
  await startProcedure(page, procedure);
}

/** The question on screen now: its id and type. */
export async function questionOnScreen(page: Page): Promise<{ id: string; type: string }> {
  const question = page.locator('[data-question]');
  await expect(question).toBeVisible();
  return {
    id: (await question.getAttribute('data-question'))!,
    type: (await question.getAttribute('data-type'))!,
  };
}

/** A box of the question on screen, by its id suffix (e.g. "-name", "-birth-day", ""). */
export function box(page: Page, questionId: string, part = '') {
  return page.locator(`#answer-${questionId}${part}`);
}

/** Empties a box with the keyboard's "Xoá hết", then types `text` as a USB keyboard would. */
export async function fillBox(page: Page, questionId: string, part: string, text: string) {
  const field = box(page, questionId, part);
  await field.tap();
  if (await field.inputValue()) {
    await page.locator('.keyboard [data-key="clear"]').tap();
    await expect(field).toHaveValue('');
  }
  if (text) await page.keyboard.insertText(text);
  await expect(field).toHaveValue(text);
}

/** Fills the three boxes of a date given as ISO text ("1990-01-31"); '' leaves all empty. */
export async function fillDate(page: Page, id: string, iso: string) {
  const [year = '', month = '', day = ''] = iso ? iso.split('-') : [];
  await fillBox(page, id, '-day', day);
  await fillBox(page, id, '-month', month);
  await fillBox(page, id, '-year', year);
}

/** Touches the card with this value in the question's cards (a choice, yes/no, Nam/Nữ). */
export async function chooseCard(page: Page, value: string, within = '.question') {
  const card = page.locator(`${within} [role="radio"][data-value="${value}"]`);
  await card.tap();
  await expect(card).toHaveAttribute('aria-checked', 'true');
}

/** Takes one page with the camera: "Chụp ảnh", wait for the live picture, "Chụp". */
export async function takePhoto(page: Page) {
  const pages = page.locator('.photo-page');
  const before = await pages.count();
  await page.locator('.photo-take').tap();
  const shutter = page.locator('.photo-camera__shutter');
  await expect(shutter).toBeEnabled({ timeout: 15_000 });
  await shutter.tap();
  await expect(pages).toHaveCount(before + 1, { timeout: 15_000 });
}

interface PersonValue {
  fullName: string;
  dateOfBirth: string;
  sex: string;
  idNumber: string;
}

/** Gives `value` as the answer to `question`, with the control a resident would use. */
export async function answer(page: Page, question: Question, value: unknown) {
  const id = question.id;
  switch (question.type) {
    case 'text':
    case 'email':
    case 'cccd':
    case 'number':
      return fillBox(page, id, '', String(value));
    case 'phone':
      // The telephone pad has figures only.
      return fillBox(page, id, '', String(value).replace(/\D/g, ''));
    case 'date':
      return fillDate(page, id, String(value));
    case 'choice':
      return chooseCard(page, String(value));
    case 'yesno':
      return chooseCard(page, String(value));
    case 'person': {
      const person = value as PersonValue;
      await fillBox(page, id, '-name', person.fullName);
      await fillDate(page, `${id}-birth`, person.dateOfBirth);
      await chooseCard(page, person.sex);
      return fillBox(page, id, '-id', person.idNumber);
    }
    case 'address': {
      const address = value as { street: string; ward: string };
      await fillBox(page, id, '-street', address.street);
      return fillBox(page, id, '-ward', address.ward);
    }
    case 'photo': {
      const photo = value as { photoIds: string[] };
      for (let i = 0; i < photo.photoIds.length; i++) await takePhoto(page);
      return;
    }
    case 'consent':
      if (value === true) await touch(page, 'Tôi đồng ý');
      return;
  }
}

/** "Tiếp tục", and wait for another screen. */
export async function goOn(page: Page, from: string) {
  await touch(page, 'Tiếp tục');
  await expect(page.locator(`[data-question="${from}"]`)).toHaveCount(0);
}

/**
 * Walks every question shown, answering from `answers`, until the summary; returns the ids of
 * the questions met, in order.
 */
export async function answerAll(
  page: Page,
  procedure: SubmitProcedure,
  answers: Readonly<Record<string, unknown>>,
): Promise<string[]> {
  const met: string[] = [];
  for (;;) {
    const summary = page.locator('[data-screen="summary"]');
    if (await summary.isVisible()) return met;
    const { id } = await questionOnScreen(page);
    const question = procedure.questions.find((q) => q.id === id)!;
    met.push(id);
    if (id in answers) await answer(page, question, answers[id]);
    await goOn(page, id);
  }
}

/** The outbox's records on the kiosk, read with the plain IndexedDB API (codes and states). */
export function outboxRecords(page: Page): Promise<{ trackingCode: string; state: string }[]> {
  return page.evaluate(
    () =>
      new Promise<{ trackingCode: string; state: string }[]>((resolve, reject) => {
        const open = indexedDB.open('dvc-kiosk-outbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('submissions')) {
            db.close();
            return resolve([]);
          }
          const all = db.transaction('submissions').objectStore('submissions').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as { trackingCode: string; state: string }[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/**
 * Touches "Gửi hồ sơ" on the summary and returns the tracking code shown on the receipt
 * screen. If the kiosk says it could not take the dossier instead, fails with what it said.
 * Sealing photos on a loaded machine can take seconds, so the wait is generous.
 */
export async function sendDossier(page: Page, label = ''): Promise<string> {
  await touch(page, 'Gửi hồ sơ');
  const code = page.locator('[data-tracking-code]');
  const failure = page.locator('.send-failure');
  await expect(code.or(failure), label).toBeVisible({ timeout: 30_000 });
  if (await failure.isVisible()) {
    throw new Error(`${label}: the kiosk did not take the dossier: ${await failure.innerText()}`);
  }
  return code.innerText();
}

/** Waits until the kiosk has delivered `n` submissions, waking its loop as "online" would. */
export async function waitForDelivery(page: Page, n: number) {
  await expect
    .poll(
      async () => {
        const delivered = (await outboxRecords(page)).filter((r) => r.state === 'delivered');
        if (delivered.length < n) await page.evaluate(() => dispatchEvent(new Event('online')));
        return delivered.length;
      },
      { timeout: 30_000, intervals: [200] },
    )
    .toBe(n);
}

/** One dossier as the ward receives it: opened with the hub's key. */
export interface ReceivedDossier {
  trackingCode: string;
  procedureId: string;
  language: string;
  answers: Record<string, unknown>;
  attachments: { field: string; mediaType: string; firstBytes: number[] }[];
}

/** Stops the hub and opens every dossier it holds, as an officer's console would. */
export async function receivedDossiers(hub: RunningHub): Promise<ReceivedDossier[]> {
  await hub.stop();
  const database = await openPglite({ dataDir: join(hub.dataDir, 'pglite') });
  try {
    const { rows } = await database.query<{ tracking_code: string; envelope_sha256: string }>(
      'select tracking_code, envelope_sha256 from submissions order by tracking_code',
    );
    const keys = await loadHubKeys({ dataDir: hub.dataDir });
    const blobs = openFileBlobStore(join(hub.dataDir, 'blobs'));
    const dossiers: ReceivedDossier[] = [];
    for (const row of rows) {
      const envelope = await readEnvelope({ database, blobs }, row.envelope_sha256);
      if (!envelope) throw new Error(`no envelope for ${row.tracking_code}`);
      const { payload } = await openSubmission({ hubPrivateKey: keys.privateKey, envelope });
      const plain = decodeSubmissionPayload(payload);
      dossiers.push({
        trackingCode: row.tracking_code,
        procedureId: plain.procedureId,
        language: plain.language,
        answers: plain.answers,
        attachments: plain.attachments.map((a) => ({
          field: a.field,
          mediaType: a.mediaType,
          firstBytes: [...a.bytes.subarray(0, 3)],
        })),
      });
    }
    return dossiers;
  } finally {
    await database.close();
  }
}

/**
 * Records, in the page, every camera stream opened and every blob URL made and not revoked,
 * so a test can ask what is still live. Runs before the kiosk's own scripts.
 */
export async function watchCameraAndBlobs(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const page = window as unknown as { __streams: MediaStream[]; __blobUrls: Set<string> };
    page.__streams = [];
    page.__blobUrls = new Set();
    const devices = navigator.mediaDevices;
    const open = devices?.getUserMedia?.bind(devices);
    if (open) {
      devices.getUserMedia = async (constraints) => {
        const stream = await open(constraints);
        page.__streams.push(stream);
        return stream;
      };
    }
    const create = URL.createObjectURL.bind(URL);
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.createObjectURL = (object) => {
      const url = create(object);
      page.__blobUrls.add(url);
      return url;
    };
    URL.revokeObjectURL = (url) => {
      page.__blobUrls.delete(url);
      revoke(url);
    };
  });
}

/** Camera tracks still live in the page (see watchCameraAndBlobs). */
export function liveCameraTracks(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { __streams: MediaStream[] }).__streams
        .flatMap((stream) => stream.getTracks())
        .filter((track) => track.readyState === 'live').length,
  );
}

/** Blob URLs made in the page and not revoked (see watchCameraAndBlobs). */
export function unrevokedBlobUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __blobUrls: Set<string> }).__blobUrls]);
}

/** The sealed envelopes the kiosk's outbox holds, as raw bytes. */
export function envelopeBytes(page: Page): Promise<number[][]> {
  return page.evaluate(
    () =>
      new Promise<number[][]>((resolve, reject) => {
        const open = indexedDB.open('dvc-kiosk-outbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('envelopes').objectStore('envelopes').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as ArrayBuffer[]).map((buffer) => [...new Uint8Array(buffer)]));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

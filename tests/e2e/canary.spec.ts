// Nothing left behind: canary words are scanned from a card's QR and typed on the on-screen
// keyboard, a page is photographed, and then the resident submits, touches "Kết thúc", or walks
// away. Afterwards no canary is in the DOM (text or box values), the URL or history, web
// storage, Cache Storage, or any IndexedDB store in plain text; every blob URL the kiosk made is
// revoked and no camera track is live. The service worker runs, as on a kiosk.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { sampleAnswers } from '../../src/kiosk/wizard/sample-answers';
import { launchWithCamera, writeQrVideo } from './support/fake-camera';
import { removeDataDir, startHub, type RunningHub } from './support/hub';
import { expectAttractScreen, openKiosk, touch, type OpenKioskOptions } from './support/kiosk';
import {
  answer,
  beginProcedure,
  box,
  goOn,
  liveCameraTracks,
  questionOnScreen,
  sendDossier,
  submitProcedures,
  takePhoto,
  unrevokedBlobUrls,
  watchCameraAndBlobs,
} from './support/wizard-driver';

// What the card says (name, address, number) and what the resident types; all unique words.
const SCANNED = ['quetcanary', 'diachicanary', '001085000777'];
const TYPED = ['gocanary', '0977000111'];
const CANARIES = [...SCANNED, ...TYPED];
const CARD = `001085000777||Lê Văn Quetcanary|02031985|Nam|Số 9 ngõ Diachicanary, Phường Láng, Hà Nội|10052021`;

const tamTru = submitProcedures().find((p) => p.id === 'tam-tru')!;

test.describe.configure({ mode: 'default' });

let hub: RunningHub;
let browser: Browser;
test.beforeAll(async () => {
  hub = await startHub();
  browser = await launchWithCamera({ video: writeQrVideo(CARD) });
});
test.afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  if (hub) removeDataDir(hub.dataDir);
});

/** A fresh kiosk (its own storage, service worker on) at the attract screen. */
async function freshKiosk(options: OpenKioskOptions = {}) {
  const context = await browser.newContext({
    viewport: { width: 1080, height: 1920 },
    hasTouch: true,
    locale: 'vi-VN',
    serviceWorkers: 'allow',
  });
  await watchCameraAndBlobs(context);
  const page = await context.newPage();
  await openKiosk(page, hub.url, options);
  const historyLength = await page.evaluate(() => history.length);
  return { page, historyLength, close: () => context.close() };
}

/** Taps each character of `text` on the on-screen keyboard, as a resident would. */
async function typeOnScreen(page: Page, text: string) {
  const keyboard = page.getByRole('region', { name: 'Bàn phím trên màn hình' });
  for (const ch of text) {
    await keyboard.getByRole('button', { name: ch === ' ' ? 'Dấu cách' : ch, exact: true }).tap();
  }
}

/**
 * Scans the card, types the street and the phone number on the keyboard, photographs a page:
 * the canaries are then in the page, in memory and on screen. Stops at the contact question.
 */
async function scanTypeAndPhotograph(page: Page) {
  await beginProcedure(page, tamTru);
  await touch(page, 'Quét mã QR trên thẻ căn cước');
  await touch(page, 'Đúng, dùng thông tin này');
  await expect(box(page, 'applicant', '-name')).toHaveValue('Lê Văn Quetcanary');
  await goOn(page, 'applicant');

  await box(page, 'temporary-address', '-street').tap();
  await typeOnScreen(page, 'so 5 ngo gocanary');
  await expect(box(page, 'temporary-address', '-street')).toHaveValue('so 5 ngo gocanary');
  const answers = sampleAnswers(tamTru);
  await box(page, 'temporary-address', '-ward').tap();
  await typeOnScreen(page, 'Lang'); // a capital starts each word of a ward's name
  await goOn(page, 'temporary-address');
  for (const id of ['housing', 'stay-until', 'reason']) {
    expect((await questionOnScreen(page)).id).toBe(id);
    await answer(
      page,
      tamTru.questions.find((q) => q.id === id)!,
      answers[id],
    );
    await goOn(page, id);
  }
  await takePhoto(page);
  await goOn(page, 'proof-photo');
  await answer(
    page,
    tamTru.questions.find((q) => q.id === 'delivery')!,
    'pickup',
  );
  await goOn(page, 'delivery');
  await typeOnScreen(page, '0977000111');
  await expect(box(page, 'contact-phone')).toHaveValue('0977000111');
  // The canaries really are in the page now: the check below would see them.
  expect(await canariesFound(page)).toEqual(expect.arrayContaining(['0977000111']));
  expect(await unrevokedBlobUrls(page)).toHaveLength(1);
}

/** Every canary found anywhere the brief names; an empty list is a clean kiosk. */
async function canariesFound(page: Page): Promise<string[]> {
  return page.evaluate(async (canaries) => {
    const places: string[] = [];
    // The DOM, with what boxes hold (a value set by script is not in the markup).
    places.push(document.documentElement.outerHTML);
    for (const input of document.querySelectorAll('input, textarea')) {
      places.push((input as HTMLInputElement).value);
    }
    // Where the browser is, and what history holds for this entry.
    places.push(location.href, JSON.stringify(history.state));
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i)!;
        places.push(key, storage.getItem(key) ?? '');
      }
    }
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        places.push(request.url);
        const response = await cache.match(request);
        if (response) places.push(new TextDecoder().decode(await response.arrayBuffer()));
      }
    }
    const asText = (value: unknown): string => {
      if (value instanceof ArrayBuffer) return new TextDecoder().decode(value);
      if (ArrayBuffer.isView(value)) {
        return new TextDecoder().decode(
          new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
        );
      }
      if (value instanceof Blob) return `[blob ${value.size}]`;
      if (typeof value === 'object' && value !== null) {
        return Object.entries(value)
          .map(([key, inner]) => `${key}:${asText(inner)}`)
          .join(' ');
      }
      return String(value);
    };
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        const [keys, values] = await Promise.all(
          ['getAllKeys', 'getAll'].map(
            (method) =>
              new Promise<unknown[]>((resolve, reject) => {
                const request = db.transaction(store).objectStore(store)[method as 'getAll']();
                request.onsuccess = () => resolve(request.result as unknown[]);
                request.onerror = () => reject(request.error);
              }),
          ),
        );
        places.push(...keys!.map(asText), ...values!.map(asText));
      }
      db.close();
    }
    // The origin private file system, where the outbox keeps its second copy.
    const walk = async (dir: FileSystemDirectoryHandle, path: string): Promise<void> => {
      const entries = dir as FileSystemDirectoryHandle & {
        entries(): AsyncIterableIterator<[string, FileSystemHandle]>;
      };
      for await (const [name, handle] of entries.entries()) {
        places.push(`${path}/${name}`);
        if (handle.kind === 'directory') {
          await walk(handle as FileSystemDirectoryHandle, `${path}/${name}`);
        } else {
          const file = await (handle as FileSystemFileHandle).getFile();
          places.push(new TextDecoder().decode(await file.arrayBuffer()));
        }
      }
    };
    await walk(await navigator.storage.getDirectory(), '');
    const haystack = places.join('\n').normalize('NFC').toLowerCase();
    return canaries.filter((canary) => haystack.includes(canary));
  }, CANARIES);
}

/** The kiosk after the session: no canary, no blob URL left, no camera, no new history. */
async function expectNothingLeft(page: Page, historyLength: number) {
  expect(await canariesFound(page)).toEqual([]);
  expect(await unrevokedBlobUrls(page)).toEqual([]);
  expect(await liveCameraTracks(page)).toBe(0);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
}

test('after submitting, nothing typed or scanned is left', async () => {
  test.setTimeout(120_000);
  const kiosk = await freshKiosk();
  const { page } = kiosk;
  await scanTypeAndPhotograph(page);
  await goOn(page, 'contact-phone');
  await touch(page, 'Tôi đồng ý');
  await goOn(page, 'consent');
  // The summary shows every canary: proof the search below would find them.
  expect(await canariesFound(page)).toEqual(CANARIES);
  await sendDossier(page, 'canary');
  // Still on the result screen: only the code and PIN remain.
  await expectNothingLeft(page, kiosk.historyLength);
  await touch(page, 'Xong');
  await expectAttractScreen(page);
  await expectNothingLeft(page, kiosk.historyLength);
  await kiosk.close();
});

test('after "Kết thúc", nothing typed or scanned is left', async () => {
  test.setTimeout(120_000);
  const kiosk = await freshKiosk();
  const { page } = kiosk;
  await scanTypeAndPhotograph(page);
  await touch(page, 'Kết thúc');
  await expectAttractScreen(page);
  await expectNothingLeft(page, kiosk.historyLength);
  await kiosk.close();
});

test('after walking away (idle timeout), nothing typed or scanned is left', async () => {
  test.setTimeout(120_000);
  const kiosk = await freshKiosk({ idleSeconds: 10, countdownSeconds: 2 });
  const { page } = kiosk;
  await scanTypeAndPhotograph(page);
  // Back to the photos, and the camera open for another page when the resident walks away.
  await touch(page, 'Quay lại');
  await touch(page, 'Quay lại');
  await page.locator('.photo-take').tap();
  await expect(page.locator('.photo-camera__shutter')).toBeEnabled({ timeout: 15_000 });
  expect(await liveCameraTracks(page)).toBe(1);
  await expect(page.getByRole('button', { name: 'Chạm để bắt đầu' })).toBeVisible({
    timeout: 30_000,
  });
  await expectNothingLeft(page, kiosk.historyLength);
  await kiosk.close();
});

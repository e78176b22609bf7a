// The procedure catalogue as a resident uses it: typing on the on-screen keyboard (never the
// system one), reading a procedure, hearing it read aloud; and the catalogue following the hub
// without a new kiosk build, while refusing a broken one.
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { removeDataDir, startHub, type RunningHub } from './support/hub';
import { button, openKiosk, openTile, screenHeading, startSession, touch } from './support/kiosk';

// page.route must see the kiosk's own requests, and the precache must not load the catalogue
// chunk behind the first screens' backs: these tests run without the service worker.
test.use({ serviceWorkers: 'block' });

const CATALOGUE = 'Làm thủ tục hành chính';

/** Taps each letter of `text` on the on-screen keyboard, as a resident would. */
async function typeOnScreen(page: Page, text: string) {
  const keyboard = page.getByRole('region', { name: 'Bàn phím trên màn hình' });
  for (const ch of text) {
    await keyboard.getByRole('button', { name: ch === ' ' ? 'Dấu cách' : ch, exact: true }).tap();
  }
}

function searchBox(page: Page) {
  return page.getByRole('textbox', { name: 'Tìm thủ tục' });
}

test.describe('with the shipped catalogue', () => {
  let hub: RunningHub;
  test.beforeAll(async () => {
    hub = await startHub();
  });
  test.afterAll(async () => {
    await hub.stop();
    removeDataDir(hub.dataDir);
  });

  test('a resident types "tam tru" on the screen and finds what to bring and the fee', async ({
    page,
  }) => {
    const chunks = JSON.parse(readFileSync('dist/kiosk-meta/chunks.json', 'utf8')) as Record<
      string,
      { modules: string[] }
    >;
    const catalogueChunks = Object.entries(chunks)
      .filter(([, c]) => c.modules.some((m) => m.startsWith('kiosk-config/procedures/')))
      .map(([file]) => `/${file}`);
    expect(catalogueChunks.length).toBeGreaterThan(0);
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));

    await openKiosk(page, hub.url);
    await startSession(page);
    // The attract and home screens carry none of the catalogue.
    expect(loaded.filter((path) => catalogueChunks.includes(path))).toEqual([]);

    await openTile(page, CATALOGUE);
    const box = searchBox(page);
    await box.tap();
    await expect(page.getByRole('region', { name: 'Bàn phím trên màn hình' })).toBeVisible();
    // No input anywhere may call up the system keyboard.
    await expect(page.locator('input:not([inputmode="none"]), textarea')).toHaveCount(0);

    await typeOnScreen(page, 'tam tru');
    await expect(box).toHaveValue('tam tru');
    await expect(box).toBeFocused(); // the caret stayed in the box through every key
    await expect(page.getByText('Tìm thấy 3 thủ tục')).toBeVisible();

    // A key's letter is in the box before the next frame.
    const sameFrame = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.querySelector<HTMLButtonElement>('[data-key="char-s"]')!.click();
          requestAnimationFrame(() =>
            resolve(document.querySelector<HTMLInputElement>('#catalogue-search')!.value),
          );
        }),
    );
    expect(sameFrame).toBe('tam trus');
    await touch(page, 'Xoá một chữ');
    await expect(box).toHaveValue('tam tru');
    // A touch at the start of the text puts the cursor there.
    await box.tap({ position: { x: 3, y: 20 } });
    await typeOnScreen(page, 'đ');
    await expect(box).toHaveValue('đtam tru');
    await touch(page, 'Xoá một chữ');
    await expect(box).toHaveValue('tam tru');

    await page.locator('[data-procedure]').first().tap();
    await expect(screenHeading(page)).toHaveText('Đăng ký tạm trú');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { name: 'Giấy tờ cần mang' })).toBeVisible();
    await expect(
      main.getByText('Thẻ căn cước hoặc căn cước công dân của người nộp hồ sơ'),
    ).toBeVisible();
    await expect(main.getByText('Bắt buộc')).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Lệ phí' })).toBeVisible();
    await expect(main.getByText(/^15\.000 đồng một lần đăng ký/)).toBeVisible();
    // Temporary residence is done on the kiosk: the wizard's way in is offered.
    await expect(button(page, 'Bắt đầu nộp hồ sơ')).toBeVisible();

    // Back to the search as it was; "Kết thúc" then forgets it.
    await touch(page, 'Quay lại');
    await expect(searchBox(page)).toHaveValue('tam tru');
    await touch(page, 'Kết thúc');
    await startSession(page);
    await openTile(page, CATALOGUE);
    await expect(searchBox(page)).toHaveValue('');
  });

  test('"Nghe đọc" appears once a Vietnamese voice loads, reads the page, and stops on leaving', async ({
    page,
  }) => {
    await page.addInitScript(installFakeVoices);
    await openKiosk(page, hub.url);
    await startSession(page);
    await openTile(page, CATALOGUE);
    await page.locator('[data-topic="moving-home"]').tap();
    await page.locator('[data-procedure="tam-tru"]').tap();
    await expect(screenHeading(page)).toHaveText('Đăng ký tạm trú');
    // Voices arrive late ("voiceschanged"); until then there is no button.
    await expect(button(page, 'Nghe đọc')).toHaveCount(0);
    await page.evaluate(() => (window as unknown as FakeVoices).__addVoices());
    await touch(page, 'Nghe đọc');
    await expect(button(page, 'Dừng đọc')).toBeVisible();
    const spoken = await page.evaluate(() => (window as unknown as FakeVoices).__spoken);
    expect(spoken[0]).toEqual({ text: 'Đăng ký tạm trú.', lang: 'vi-VN' });
    expect(spoken.map((s) => s.text).join(' ')).toContain('Lệ phí: 15.000 đồng');

    const cancelledWhileReading = await page.evaluate(
      () => (window as unknown as FakeVoices).__cancelled,
    );
    await touch(page, 'Quay lại');
    expect(
      await page.evaluate(() => (window as unknown as FakeVoices).__cancelled),
    ).toBeGreaterThan(cancelledWhileReading);
  });
});

test('the kiosk shows a catalogue changed on the hub, and keeps it when a broken one comes', async ({
  page,
}) => {
  const configDir = await mkdtemp(join(tmpdir(), 'dvc-catalogue-'));
  await cp('kiosk-config', configDir, { recursive: true });
  const file = join(configDir, 'procedures', 'tam-tru.json');
  const procedure = JSON.parse(await readFile(file, 'utf8'));
  procedure.name.vi = 'Khai báo tạm trú (tên mới)';
  await writeFile(file, JSON.stringify(procedure));
  const hub = await startHub({ env: { KIOSK_CONFIG_DIR: configDir } });
  try {
    await openKiosk(page, hub.url);
    await startSession(page);
    await openTile(page, CATALOGUE);
    await page.locator('[data-topic="moving-home"]').tap();
    await expect(page.locator('[data-procedure="tam-tru"]')).toContainText(
      'Khai báo tạm trú (tên mới)',
    );

    // The hub now sends something broken: the kiosk refuses it and keeps the copy it saved.
    await page.route('**/api/v1/catalogue', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ version: 'f'.repeat(64), procedures: [{ id: 'tam-tru' }] }),
      }),
    );
    await page.reload();
    const refused = page.waitForEvent('console', (m) => m.text().startsWith('CATALOGUE_INVALID'));
    await startSession(page);
    await openTile(page, CATALOGUE);
    await refused;
    await page.locator('[data-topic="moving-home"]').tap();
    await expect(page.locator('[data-procedure="tam-tru"]')).toContainText(
      'Khai báo tạm trú (tên mới)',
    );
    await expect(page.locator('[data-procedure]')).toHaveCount(3);
  } finally {
    await hub.stop();
    removeDataDir(hub.dataDir);
    await rm(configDir, { recursive: true, force: true });
  }
});

interface FakeVoices {
  __spoken: { text: string; lang: string }[];
  __cancelled: number;
  __addVoices: () => void;
}

/** Runs in the page before the kiosk: a speech engine whose voices arrive when told. */
function installFakeVoices() {
  const page = window as unknown as FakeVoices & Record<string, unknown>;
  const listeners: (() => void)[] = [];
  let voices: object[] = [];
  page.__spoken = [];
  page.__cancelled = 0;
  page.__addVoices = () => {
    voices = [{ name: 'Tiếng Việt', lang: 'vi-VN', localService: true, default: true }];
    for (const listener of listeners) listener();
  };
  class Utterance {
    voice: object | null = null;
    lang = '';
    rate = 1;
    constructor(readonly text: string) {}
    addEventListener() {}
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () => voices,
      addEventListener: (_: string, listener: () => void) => listeners.push(listener),
      speak: (u: Utterance) => page.__spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => (page.__cancelled += 1),
    },
  });
}

// Accessibility of the wizard: axe finds nothing and every control is big enough for a finger,
// on every kind of question (some while typing, one with its messages), the scanning screens,
// the photo camera, the summary and the result: in portrait at normal text, and in landscape at
// the largest text in high contrast (in English, so both languages are checked).
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { launchWithCamera, writeQrVideo } from './support/fake-camera';
import { removeDataDir, startHub, type RunningHub } from './support/hub';
import { openKiosk, smallTouchTargets, startSessionIn, touch } from './support/kiosk';
import { kioskContext, submitProcedures } from './support/wizard-driver';
import { EVERY_TYPE_CARD, EVERY_TYPE_PROCEDURE, walkEveryScreen } from './wizard-every-type';

test.describe.configure({ mode: 'default' });

let browser: Browser;
let hub: RunningHub;
let configDir: string;

test.beforeAll(async () => {
  configDir = await mkdtemp(join(tmpdir(), 'dvc-wizard-config-'));
  await cp('kiosk-config', configDir, { recursive: true });
  await writeFile(
    join(configDir, 'procedures', `${EVERY_TYPE_PROCEDURE.id}.json`),
    JSON.stringify(EVERY_TYPE_PROCEDURE),
  );
  hub = await startHub({ env: { KIOSK_CONFIG_DIR: configDir } });
  // A moment of grey before the card, so the scanner is seen looking.
  browser = await launchWithCamera({
    video: writeQrVideo(EVERY_TYPE_CARD, { blankFrames: 30, frames: 4 }),
  });
});

test.afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  if (hub) removeDataDir(hub.dataDir);
  await rm(configDir, { recursive: true, force: true });
});

async function expectAccessible(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (v) => `${screen}: ${v.id} — ${v.nodes.map((n) => n.target).join(' | ')}`,
  );
  expect(found).toEqual([]);
  expect(await smallTouchTargets(page, 48), `${screen}: controls under 48×48 px`).toEqual([]);
}

const passes = [
  { name: 'portrait', size: [1080, 1920], language: 'vi' },
  {
    name: 'landscape, largest text in high contrast, English',
    size: [1920, 1080],
    language: 'en',
    largest: true,
  },
] as const;

for (const pass of passes) {
  test(`every wizard screen: ${pass.name}`, async () => {
    test.setTimeout(180_000);
    const [width, height] = pass.size;
    const context = await kioskContext(browser, { width, height });
    const page = await context.newPage();
    await openKiosk(page, hub.url);
    if ('largest' in pass) {
      await touch(page, 'Chữ rất lớn');
      await touch(page, 'Tương phản');
    }
    await startSessionIn(page, pass.language === 'en' ? 'English' : 'Tiếng Việt');
    const procedure = submitProcedures(configDir).find((p) => p.id === EVERY_TYPE_PROCEDURE.id)!;
    const seen: string[] = [];
    await walkEveryScreen(page, procedure, pass.language, async (screen) => {
      seen.push(screen);
      await expectAccessible(page, screen);
    });
    expect(seen).toEqual(
      expect.arrayContaining(['scan-looking', 'scan-found', 'photo-camera', 'summary']),
    );
    await context.close();
  });
}

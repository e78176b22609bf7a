// Pictures of every wizard screen to look at, not to compare: portrait and landscape, both
// languages, at the largest text (and normal text, and high contrast, in Vietnamese portrait). Runs only when
// WIZARD_SCREENSHOTS names a folder to write them to, e.g. WIZARD_SCREENSHOTS=/tmp/wizard.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, type Browser } from '@playwright/test';
import { writeQrVideo } from './support/fake-camera';
import type { RunningHub } from './support/hub';
import { openKiosk, startSessionIn, touch } from './support/kiosk';
import { kioskContext, submitProcedures } from './support/wizard-driver';
import {
  EVERY_TYPE_CARD,
  EVERY_TYPE_PROCEDURE,
  walkEveryScreen,
  startEveryTypeKiosk,
  type EveryTypeKiosk,
} from './wizard-every-type';

const folder = process.env.WIZARD_SCREENSHOTS;
test.skip(!folder, 'set WIZARD_SCREENSHOTS to a folder to take the pictures');
test.describe.configure({ mode: 'default' });

let browser: Browser;
let hub: RunningHub;
let configDir: string;
let kiosk: EveryTypeKiosk | undefined;

test.beforeAll(async () => {
  kiosk = await startEveryTypeKiosk(writeQrVideo(EVERY_TYPE_CARD, { blankFrames: 30, frames: 4 }));
  ({ browser, hub, configDir } = kiosk);
});

test.afterAll(async () => {
  await kiosk?.close();
});

const passes = [
  { name: 'portrait-vi-normal', size: [1080, 1920], language: 'vi', largest: false },
  { name: 'portrait-vi-largest', size: [1080, 1920], language: 'vi', largest: true },
  { name: 'portrait-en-largest', size: [1080, 1920], language: 'en', largest: true },
  { name: 'landscape-vi-largest', size: [1920, 1080], language: 'vi', largest: true },
  { name: 'landscape-en-largest', size: [1920, 1080], language: 'en', largest: true },
  {
    name: 'portrait-vi-largest-contrast',
    size: [1080, 1920],
    language: 'vi',
    largest: true,
    contrast: true,
  },
] as const;

for (const pass of passes) {
  test(`every wizard screen: ${pass.name}`, async () => {
    test.setTimeout(180_000);
    const [width, height] = pass.size;
    const context = await kioskContext(browser, { width, height });
    const page = await context.newPage();
    await openKiosk(page, hub.url);
    if (pass.largest) await touch(page, 'Chữ rất lớn');
    if ('contrast' in pass) await touch(page, 'Tương phản');
    await startSessionIn(page, pass.language === 'en' ? 'English' : 'Tiếng Việt');
    const procedure = submitProcedures(configDir).find((p) => p.id === EVERY_TYPE_PROCEDURE.id)!;
    const out = join(folder!, pass.name);
    mkdirSync(out, { recursive: true });
    let n = 0;
    await walkEveryScreen(page, procedure, pass.language, async (screen) => {
      await page.screenshot({ path: join(out, `${String(++n).padStart(2, '0')}-${screen}.png`) });
    });
    await context.close();
  });
}

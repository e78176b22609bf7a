// Accessibility of the wizard: axe finds nothing and every control is big enough for a finger,
// on every kind of question (some while typing, one with its messages), the scanning screens,
// the photo camera, the summary and the result: in portrait at normal text, and in landscape at
// the largest text in high contrast (in English, so both languages are checked).
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { writeQrVideo } from './support/fake-camera';
import type { RunningHub } from './support/hub';
import { openKiosk, smallTouchTargets, startSessionIn, touch } from './support/kiosk';
import { kioskContext, submitProcedures } from './support/wizard-driver';
import {
  EVERY_TYPE_CARD,
  EVERY_TYPE_PROCEDURE,
  walkEveryScreen,
  startEveryTypeKiosk,
  type EveryTypeKiosk,
} from './wizard-every-type';

test.describe.configure({ mode: 'default' });

let browser: Browser;
let hub: RunningHub;
let configDir: string;
let kiosk: EveryTypeKiosk | undefined;

test.beforeAll(async () => {
  // A moment of grey before the card, so the scanner is seen looking.
  kiosk = await startEveryTypeKiosk(writeQrVideo(EVERY_TYPE_CARD, { blankFrames: 30, frames: 4 }));
  ({ browser, hub, configDir } = kiosk);
});

test.afterAll(async () => {
  await kiosk?.close();
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

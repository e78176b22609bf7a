// Accessibility of the shell's screens: axe finds nothing, and every control is big
// enough for a finger, in both orientations, both languages, at the largest text size
// and in high contrast.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { removeDataDir, startHub, type RunningHub } from './support/hub';
import { openKiosk, openTile, smallTouchTargets, startSessionIn, touch } from './support/kiosk';

let hub: RunningHub;

test.beforeAll(async () => {
  hub = await startHub();
});

test.afterAll(async () => {
  await hub.stop();
  removeDataDir(hub.dataDir);
});

const orientations = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
};

const languages = [
  { choose: 'Tiếng Việt', guide: 'Hướng dẫn sử dụng' },
  { choose: 'English', guide: 'How to use' },
] as const;

// Largest text and high contrast together: the layout under the most pressure, in the
// other palette, in one pass (two cores: keep the suite lean).
const displays = [
  { name: 'normal display', setUp: async () => undefined },
  {
    name: 'largest text in high contrast',
    setUp: async (page: Page) => {
      await touch(page, 'Chữ rất lớn');
      await touch(page, 'Tương phản');
    },
  },
];

async function expectAccessible(page: Page, screen: string) {
  // Pinch zoom is stopped by CSS touch-action (a public touchscreen must not be left zoomed
  // for the next person), not by the viewport, so axe's meta-viewport rule stays on; the
  // text-size control's largest step is 1.45 × a 26 px base, over twice the browser's 16 px.
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (v) => `${screen}: ${v.id} — ${v.nodes.map((n) => n.target).join(' | ')}`,
  );
  expect(found).toEqual([]);
  expect(await smallTouchTargets(page, 48), `${screen}: controls under 48×48 px`).toEqual([]);
}

for (const [orientation, viewport] of Object.entries(orientations)) {
  test.describe(orientation, () => {
    test.use({ viewport, reducedMotion: 'reduce' });

    for (const language of languages) {
      for (const display of displays) {
        test(`attract, home and guide in ${language.choose}, ${display.name}`, async ({ page }) => {
          await openKiosk(page, hub.url);
          await display.setUp(page);
          await expectAccessible(page, 'attract');
          await startSessionIn(page, language.choose);
          await expectAccessible(page, 'home');
          await openTile(page, language.guide);
          await expectAccessible(page, 'guide');
        });
      }
    }
  });
}

// Act like a user: touch what a resident would touch, by the words on the screen.
import { expect, type Locator, type Page } from '@playwright/test';

export interface OpenKioskOptions {
  /** Seconds of quiet before "Bạn còn ở đây không?" (shortens the site's time; tests only). */
  idleSeconds?: number;
  /** Seconds the countdown lasts (shortens the site's time; tests only). */
  countdownSeconds?: number;
}

/** Starts the kiosk page as a kiosk browser would, and waits for the attract screen. */
export async function openKiosk(page: Page, hubUrl: string, options: OpenKioskOptions = {}) {
  const query = new URLSearchParams();
  if (options.idleSeconds !== undefined) query.set('idle', String(options.idleSeconds));
  if (options.countdownSeconds !== undefined) {
    query.set('countdown', String(options.countdownSeconds));
  }
  const search = query.size > 0 ? `?${query.toString()}` : '';
  await page.goto(`${hubUrl}/${search}`);
  await expectAttractScreen(page);
  await page.evaluate(() => document.fonts.ready);
}

/** The attract screen is showing, in Vietnamese. */
export async function expectAttractScreen(page: Page) {
  await expect(page.getByRole('button', { name: 'Chạm để bắt đầu' })).toBeVisible();
}

/** Touches the button with this accessible name (its words, or its label for icons). */
export async function touch(page: Page, name: string | RegExp) {
  await button(page, name).tap();
}

/** The button a resident would call by this name. */
export function button(page: Page, name: string | RegExp): Locator {
  return page.getByRole('button', { name, exact: typeof name === 'string' });
}

/** Touches "Chạm để bắt đầu" and waits for the home screen. */
export async function startSession(page: Page) {
  await touch(page, 'Chạm để bắt đầu');
  await expect(screenHeading(page)).toHaveText('Bạn muốn làm gì?');
}

/** Chooses a language on the attract screen, which also starts the session. */
export async function startSessionIn(page: Page, language: 'Tiếng Việt' | 'English') {
  await touch(page, language);
  await expect(screenHeading(page)).toHaveText(
    language === 'English' ? 'What would you like to do?' : 'Bạn muốn làm gì?',
  );
}

/** The current screen's main heading. */
export function screenHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** Opens a home tile by its name and waits for that screen's heading. */
export async function openTile(page: Page, name: string, heading = name) {
  await touch(page, new RegExp(`^${name}`));
  await expect(screenHeading(page)).toHaveText(heading);
}

/** The "are you still there?" dialog, in either language. */
export function stillThereDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: /Bạn còn ở đây không\?|Are you still there\?/ });
}

/** Every visible control smaller than `minimum` CSS px in width or height, described. */
export async function smallTouchTargets(page: Page, minimum = 48): Promise<string[]> {
  return page.evaluate((min) => {
    const selector =
      'button, a[href], input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.checkVisibility())
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < min || box.height < min)
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }, minimum);
}

/** What a wiped session must look like: facts read from the page. */
export async function sessionTraces(page: Page) {
  return page.evaluate(() => ({
    path: location.pathname + location.search,
    historyLength: history.length,
    lang: document.documentElement.lang,
    textSize: document.documentElement.dataset.textSize,
    contrast: document.documentElement.dataset.contrast,
    rootFontSize: getComputedStyle(document.documentElement).fontSize,
    sessionStorageItems: sessionStorage.length,
    localStorageItems: localStorage.length,
  }));
}

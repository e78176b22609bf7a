// The kiosk's side of enrolment in real Chromium: the normal build enrols itself on the local
// demo, reports by heartbeat and keeps its enrolment through a session wipe and a restart; a
// production hub refuses that and the kiosk enrols with a staff code; and the outbox test seam
// exists only in the test build.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HEARTBEAT_PATH, HeartbeatBody } from '../../src/protocol/submission';
import { removeDataDir, startHub } from './support/hub';
import { openKiosk, startSession, touch, expectAttractScreen } from './support/kiosk';
import {
  enqueueInPage,
  SEAM_GLOBAL,
  withSeam,
  SEAM_KIOSK_DIST,
  startSeamHub,
  waitForDelivered,
} from './support/outbox';
import { expectHeldExactlyOnce, hubHoldings } from './support/outbox-hub';
import * as v from 'valibot';

test.use({ serviceWorkers: 'block' });

function savedEnrolment(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ kioskId?: string; via?: string } | undefined>((resolve, reject) => {
        const open = indexedDB.open('dvc-kiosk-enrolment');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('enrolment')) return resolve(undefined);
          const get = db.transaction('enrolment').objectStore('enrolment').get('current');
          get.onsuccess = () => {
            db.close();
            resolve(get.result as { kioskId?: string; via?: string } | undefined);
          };
        };
      }),
  );
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js') || f.endsWith('.mjs'))
    .map((f) => join(dir, f));
}

test('the outbox test seam is in the test build only, never in dist/kiosk', () => {
  const holds = (dir: string) =>
    jsFiles(dir).filter((f) => readFileSync(f, 'utf8').includes(SEAM_GLOBAL)).length;
  expect(jsFiles('dist/kiosk').length).toBeGreaterThan(0);
  expect(holds('dist/kiosk')).toBe(0);
  expect(jsFiles('dist/kiosk').some((f) => f.includes('outbox-test-seam'))).toBe(false);
  expect(holds(SEAM_KIOSK_DIST)).toBeGreaterThan(0);
});

test('the kiosk enrols itself on the local demo, beats, and keeps its enrolment', async ({
  page,
}) => {
  const hub = await startHub();
  const autoEnrolments: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/v1/enrolments/auto')) autoEnrolments.push(r.url());
  });
  const heartbeat = page.waitForRequest((r) => r.url().endsWith(HEARTBEAT_PATH));
  await openKiosk(page, hub.url);

  const beat = v.parse(HeartbeatBody, (await heartbeat).postDataJSON());
  expect(beat.appVersion).toBe(await page.locator('html').getAttribute('data-version'));
  expect(beat.outbox).toMatchObject({ queued: 0, deadLetter: 0 });
  const enrolled = await savedEnrolment(page);
  expect(enrolled).toMatchObject({ via: 'auto', kioskId: expect.any(String) });

  // A resident's session ends: personal data goes, the kiosk's enrolment stays.
  await startSession(page);
  await touch(page, 'Kết thúc');
  await expectAttractScreen(page);
  expect((await savedEnrolment(page))?.kioskId).toBe(enrolled?.kioskId);

  await page.reload();
  await expectAttractScreen(page);
  await page.waitForRequest((r) => r.url().endsWith(HEARTBEAT_PATH));
  expect((await savedEnrolment(page))?.kioskId).toBe(enrolled?.kioskId);
  expect(autoEnrolments).toHaveLength(1);
  await hub.stop();
  removeDataDir(hub.dataDir);
});

test('a production hub refuses automatic enrolment; a staff code enrols the kiosk', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dvc-hub-'));
  const site = readdirSync('kiosk-config/sites')[0]!.replace(/\.json$/, '');
  // The code must land in the same embedded database the test hub opens, not in a
  // PostgreSQL that DATABASE_URL names for the storage contract tests.
  const cliEnv: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete cliEnv.DATABASE_URL;
  const code = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'src/hub/cli.ts', 'enrolment-code', '--site', site],
    {
      env: cliEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  ).trim();
  const hub = await startSeamHub({ dataDir, env: { NODE_ENV: 'production' } });
  await page.goto(hub.url);
  const state = () =>
    page
      .waitForFunction((name) => name in globalThis, SEAM_GLOBAL)
      .then(() => withSeam(page, (seam) => seam.enrolment.status().state, undefined));
  await expect.poll(state).toBe('needs-code');
  expect(await savedEnrolment(page)).toBeUndefined();

  const enrol = (code: string) =>
    withSeam(
      page,
      (seam, code) =>
        seam.enrolment.enrolWithCode(code).then(
          () => 'enrolled',
          (e: { code?: string }) => e.code,
        ),
      code,
    );
  expect(await enrol('AAAAA-AAAAA')).toBe('CODE_INVALID');
  expect(await enrol(code)).toBe('enrolled');
  expect(await savedEnrolment(page)).toMatchObject({ via: 'code' });

  // Enrolled by code, the kiosk seals to the key it pinned and delivers.
  const queued = await enqueueInPage(page, 2, 10_000);
  await waitForDelivered(page, 2);
  expectHeldExactlyOnce((await hubHoldings(hub)).held, queued);
});

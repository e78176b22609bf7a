// The wizard driven by the catalogue: every procedure a resident can submit here is completed
// through its screens with the engine's valid sample answers, and the ward receives exactly the
// answers the engine would make of them; then every kind of question refuses wrong answers
// with its plain message at the field. One browser (with a camera for the photos), one hub.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { sampleAnswers } from '../../src/kiosk/wizard/sample-answers';
import type { SubmitProcedure } from '../../src/protocol/config/procedure';
import { VALIDATION_TEXT } from '../../src/kiosk/wizard/validation-text';
import type { ValidationCode } from '../../src/kiosk/wizard/validation-issue';
import { writeQrVideo } from './support/fake-camera';
import type { RunningHub } from './support/hub';
import { openKiosk, touch } from './support/kiosk';
import {
  answer,
  answerAll,
  beginProcedure,
  box,
  chooseCard,
  fillBox,
  fillDate,
  kioskContext,
  outboxRecords,
  questionOnScreen,
  receivedDossiers,
  sendDossier,
  submitProcedures,
  takePhoto,
  waitForDelivery,
} from './support/wizard-driver';
import {
  EVERY_TYPE_PROCEDURE,
  startEveryTypeKiosk,
  type EveryTypeKiosk,
} from './wizard-every-type';

test.describe.configure({ mode: 'default' });

let browser: Browser;
let hub: RunningHub;
let configDir: string;
let kiosk: EveryTypeKiosk | undefined;

test.beforeAll(async () => {
  // The shipped catalogue plus one procedure that asks every kind of question.
  kiosk = await startEveryTypeKiosk(writeQrVideo(undefined));
  ({ browser, hub, configDir } = kiosk);
});

test.afterAll(async () => {
  await kiosk?.close();
});

/** The message a resident reads for `code`, as the engine words it in Vietnamese. */
async function expectIssue(page: Page, code: ValidationCode, params: Record<string, string> = {}) {
  const text = VALIDATION_TEXT[code].vi.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!);
  await expect(page.locator('.field-issues', { hasText: text }).first()).toBeVisible();
}

/** "Tiếp tục" on a wrong answer: the screen stays, with the message at the field. */
async function refused(page: Page, code: ValidationCode, params?: Record<string, string>) {
  const { id } = await questionOnScreen(page);
  await touch(page, 'Tiếp tục');
  await expectIssue(page, code, params);
  expect((await questionOnScreen(page)).id).toBe(id);
}

async function accepted(page: Page) {
  const { id } = await questionOnScreen(page);
  await touch(page, 'Tiếp tục');
  await expect(page.locator(`[data-question="${id}"]`)).toHaveCount(0);
}

test('every kind of question says what is wrong, at the field, in plain words', async () => {
  test.setTimeout(120_000);
  const context = await kioskContext(browser);
  const page = await context.newPage();
  await openKiosk(page, hub.url);
  const procedure = submitProcedures(configDir).find((p) => p.id === EVERY_TYPE_PROCEDURE.id)!;
  await beginProcedure(page, procedure);
  const sample = sampleAnswers(procedure);
  const q = (id: string) => procedure.questions.find((question) => question.id === id)!;
  const at = async (id: string) => expect((await questionOnScreen(page)).id).toBe(id);

  await at('note');
  await refused(page, 'REQUIRED');
  await answer(page, q('note'), sample.note);
  await accepted(page);

  await at('copies');
  await refused(page, 'REQUIRED');
  await fillBox(page, 'copies', '', '0');
  await refused(page, 'NUMBER_TOO_SMALL', { min: '1' });
  await fillBox(page, 'copies', '', '11');
  await refused(page, 'NUMBER_TOO_LARGE', { max: '10' });
  await fillBox(page, 'copies', '', '3');
  await accepted(page);

  await at('visit-date');
  await refused(page, 'REQUIRED');
  await fillDate(page, 'visit-date', '2001-02-31');
  await refused(page, 'DATE_INVALID');
  await fillDate(page, 'visit-date', '1850-02-01');
  await refused(page, 'DATE_OUT_OF_RANGE', { min: '1900', max: '2100' });
  await fillDate(page, 'visit-date', '2000-01-01');
  await refused(page, 'DATE_IN_PAST');
  await fillBox(page, 'visit-date', '-year', '');
  await refused(page, 'DATE_INVALID');
  await answer(page, q('visit-date'), sample['visit-date']);
  await accepted(page);

  await at('kind');
  await refused(page, 'REQUIRED');
  await chooseCard(page, 'second');
  await accepted(page);

  await at('agree-rules');
  await refused(page, 'REQUIRED');
  await chooseCard(page, 'false');
  await accepted(page);

  await at('contact-email');
  await fillBox(page, 'contact-email', '', 'ten@gmail');
  await refused(page, 'EMAIL_INVALID');
  await fillBox(page, 'contact-email', '', 'ten@gmail.com');
  await accepted(page);

  await at('card-number');
  await fillBox(page, 'card-number', '', '12345');
  await refused(page, 'CCCD_FORMAT');
  await fillBox(page, 'card-number', '', '999090123456');
  await refused(page, 'CCCD_PROVINCE');
  await fillBox(page, 'card-number', '', '001090123456');
  await accepted(page);

  await at('applicant');
  await refused(page, 'REQUIRED');
  await expect(page.locator('.field-issues')).toHaveCount(4); // name, birth, sex, number
  await fillBox(page, 'applicant', '-name', 'Nguyễn Văn 3');
  await fillDate(page, 'applicant-birth', '2015-05-01');
  await chooseCard(page, 'female');
  await fillBox(page, 'applicant', '-id', '001090123456');
  await touch(page, 'Tiếp tục');
  await expectIssue(page, 'NAME_INVALID');
  await expectIssue(page, 'AGE_TOO_LOW', { min: '18' });
  await fillBox(page, 'applicant', '-name', 'Nguyễn Văn An');
  await fillDate(page, 'applicant-birth', '1991-05-01');
  await touch(page, 'Tiếp tục');
  await expectIssue(page, 'CCCD_SEX_MISMATCH');
  await expectIssue(page, 'CCCD_YEAR_MISMATCH');
  await chooseCard(page, 'male');
  await fillDate(page, 'applicant-birth', '1990-05-01');
  await accepted(page);

  await at('home');
  await refused(page, 'REQUIRED');
  await expect(page.locator('.field-issues')).toHaveCount(2); // street, ward
  await fillBox(page, 'home', '-street', 'Số 1 phố Huế');
  await refused(page, 'REQUIRED');
  await fillBox(page, 'home', '-ward', 'Phường Hai Bà Trưng');
  await accepted(page);

  await at('receipt-photo');
  await refused(page, 'REQUIRED');
  await takePhoto(page);
  await accepted(page);

  await at('delivery');
  await refused(page, 'REQUIRED');
  await chooseCard(page, 'pickup');
  await accepted(page);

  await at('contact-phone');
  await refused(page, 'REQUIRED');
  await fillBox(page, 'contact-phone', '', '0123456789');
  await refused(page, 'PHONE_PREFIX');
  await fillBox(page, 'contact-phone', '', '09123');
  await refused(page, 'PHONE_LENGTH');
  await fillBox(page, 'contact-phone', '', '0912345678');
  await accepted(page);

  await at('consent');
  await refused(page, 'CONSENT_NOT_GIVEN');
  await touch(page, 'Tôi đồng ý');
  await accepted(page);
  await expect(page.locator('[data-screen="summary"]')).toBeVisible();
  await expect(box(page, 'note')).toHaveCount(0);
  await context.close();
});

test('every procedure to submit is completed with valid answers, and the ward receives them', async () => {
  test.setTimeout(300_000);
  const procedures = submitProcedures();
  expect(procedures.length).toBeGreaterThanOrEqual(12);
  const context = await kioskContext(browser);
  const page = await context.newPage();
  await openKiosk(page, hub.url);
  // The kiosk enrols itself once the browser is idle; a dossier sent before that is
  // refused (and says so), which is not what this test is about.
  await page.waitForFunction(
    async () => {
      // Never open (and so create) the database before the kiosk has made it.
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (!names.includes('dvc-kiosk-enrolment')) return false;
      return new Promise<boolean>((resolve) => {
        const open = indexedDB.open('dvc-kiosk-enrolment');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('enrolment')) {
            db.close();
            return resolve(false);
          }
          const count = db.transaction('enrolment').objectStore('enrolment').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result > 0);
          };
          count.onerror = () => resolve(false);
        };
      });
    },
    undefined,
    { timeout: 60_000, polling: 500 },
  );
  const expected = new Map<string, Record<string, unknown>>();
  for (const procedure of procedures) {
    const answers = sampleAnswers(procedure);
    await beginProcedure(page, procedure);
    const met = await answerAll(page, procedure, answers);
    expect(met, procedure.id).toEqual(Object.keys(answers));
    expected.set(await sendDossier(page, procedure.id), answers);
    await touch(page, 'Xong');
    await expect(page.getByRole('button', { name: 'Chạm để bắt đầu' })).toBeVisible();
  }
  await waitForDelivery(page, procedures.length);
  expect(await outboxRecords(page)).toHaveLength(procedures.length);
  await context.close();

  // Last in the file: the hub stops here to be read.
  const received = await receivedDossiers(hub);
  expect(received.map((d) => d.trackingCode).sort()).toEqual([...expected.keys()].sort());
  for (const dossier of received) {
    const procedure = procedures.find((p) => p.id === dossier.procedureId)!;
    const answers = expected.get(dossier.trackingCode)!;
    expect(dossier.language).toBe('vi');
    expect(dossier.answers, procedure.id).toEqual(recorded(procedure, answers));
    const photos = Object.values(answers).flatMap((a) =>
      Array.isArray((a as { photoIds?: unknown })?.photoIds)
        ? (a as { photoIds: string[] }).photoIds
        : [],
    );
    expect(dossier.attachments, procedure.id).toHaveLength(photos.length);
    for (const attachment of dossier.attachments) {
      expect(attachment).toMatchObject({ mediaType: 'image/jpeg', firstBytes: [0xff, 0xd8, 0xff] });
    }
  }
});

/** What the ward should read for sample answers typed on the screens (see answersToPayload). */
function recorded(procedure: SubmitProcedure, answers: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const question of procedure.questions) {
    if (!(question.id in answers)) continue;
    const value = answers[question.id];
    switch (question.type) {
      case 'phone':
        out[question.id] = String(value).replace(/\D/g, '');
        break;
      case 'photo': {
        const photo = value as { photoIds: string[]; bringOriginal: boolean };
        out[question.id] = { photos: photo.photoIds.length, bringOriginal: photo.bringOriginal };
        break;
      }
      case 'person': {
        // Typed on the screens, so never "scan".
        out[question.id] = { ...(value as Record<string, unknown>), source: 'typed' };
        break;
      }
      default:
        out[question.id] = value;
    }
  }
  return out;
}

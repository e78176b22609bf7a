// Guided submission with Chromium's fake camera: a CCCD QR fills in who the resident is, they
// finish "Đăng ký tạm trú" (with a photo and a change made from the summary), and the outbox
// holds one sealed record that reaches the ward with the scanned identity; a QR that is not a
// card's fills nothing and says why; no camera, or a refused one, says so and offers typing; a
// full disk says so and shows nothing as sent.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { sampleAnswers } from '../../src/kiosk/wizard/sample-answers';
import { launchWithCamera, writeQrVideo, type FakeCamera } from './support/fake-camera';
import { removeDataDir, startHub, type RunningHub } from './support/hub';
import { button, openKiosk, screenHeading, stillThereDialog, touch } from './support/kiosk';
import {
  answer,
  beginProcedure,
  box,
  chooseCard,
  envelopeBytes,
  goOn,
  kioskContext,
  liveCameraTracks,
  outboxRecords,
  questionOnScreen,
  receivedDossiers,
  submitProcedures,
  takePhoto,
  unrevokedBlobUrls,
  waitForDelivery,
  watchCameraAndBlobs,
} from './support/wizard-driver';

const CARD =
  '001090123456||Nguyễn Văn An|01011990|Nam|Số 12 ngõ 34 phố Láng Hạ, Phường Láng, Hà Nội|15042021';
const tamTru = submitProcedures().find((p) => p.id === 'tam-tru')!;
const chungThucChuKy = submitProcedures().find((p) => p.id === 'chung-thuc-chu-ky')!;

test.describe.configure({ mode: 'default' });

let hub: RunningHub;
test.beforeAll(async () => {
  hub = await startHub();
});
test.afterAll(async () => {
  await hub?.stop();
  if (hub) removeDataDir(hub.dataDir);
});

/** A browser whose camera is `camera`, and a kiosk page in it at the attract screen. */
async function kioskWithCamera(camera: FakeCamera): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchWithCamera(camera);
  const context = await kioskContext(browser);
  await watchCameraAndBlobs(context);
  const page = await context.newPage();
  await openKiosk(page, hub.url);
  return { browser, page };
}

/** Answers the question on screen from the sample, until `id` is on screen. */
async function answerUntil(page: Page, id: string, answers: Record<string, unknown>) {
  for (;;) {
    const current = (await questionOnScreen(page)).id;
    if (current === id) return;
    await answer(
      page,
      tamTru.questions.find((q) => q.id === current)!,
      answers[current],
    );
    await goOn(page, current);
  }
}

test('a CCCD QR fills in the identity; the dossier is sealed once and reaches the ward', async () => {
  test.setTimeout(120_000);
  const { browser, page } = await kioskWithCamera({ video: writeQrVideo(CARD) });
  try {
    await beginProcedure(page, tamTru);
    expect((await questionOnScreen(page)).id).toBe('applicant');
    await touch(page, 'Quét mã QR trên thẻ căn cước');

    // The card is read; the camera stops; the resident sees what it says.
    await expect(screenHeading(page)).toHaveText('Máy đã đọc được thẻ', { timeout: 15_000 });
    const read = page.locator('.scanned-identity');
    for (const text of ['Nguyễn Văn An', '01/01/1990', 'Nam', '001090123456']) {
      await expect(read.getByText(text, { exact: true })).toBeVisible();
    }
    await expect(read).toContainText('Số 12 ngõ 34 phố Láng Hạ, Phường Láng, Hà Nội');
    await expect.poll(() => liveCameraTracks(page)).toBe(0);
    await touch(page, 'Đúng, dùng thông tin này');

    // Back on the question, every box holds what the card said, to check or correct.
    await expect(box(page, 'applicant', '-name')).toHaveValue('Nguyễn Văn An');
    await expect(box(page, 'applicant', '-birth-day')).toHaveValue('01');
    await expect(box(page, 'applicant', '-birth-month')).toHaveValue('01');
    await expect(box(page, 'applicant', '-birth-year')).toHaveValue('1990');
    await expect(page.locator('[role="radio"][data-value="male"]')).toHaveAttribute(
      'aria-checked',
      'true',
    );
    await expect(box(page, 'applicant', '-id')).toHaveValue('001090123456');
    await expect(box(page, 'applicant', '-address')).toHaveValue(
      'Số 12 ngõ 34 phố Láng Hạ, Phường Láng, Hà Nội',
    );
    await goOn(page, 'applicant');

    const answers = sampleAnswers(tamTru);
    // Two pages, the second deleted and the first taken again: one photo, no preview left over.
    await answerUntil(page, 'proof-photo', answers);
    await takePhoto(page);
    await takePhoto(page);
    await touch(page, 'Xoá trang 2');
    await expect(page.locator('.photo-page')).toHaveCount(1);
    const first = await page.locator('.photo-page img').getAttribute('src');
    await touch(page, 'Chụp lại trang 1');
    await page.locator('.photo-camera__shutter').tap();
    await expect(page.locator('.photo-page img')).not.toHaveAttribute('src', first!);
    await expect(page.locator('.photo-page img')).toHaveAttribute('src', /^blob:/);
    expect(await unrevokedBlobUrls(page)).toHaveLength(1);
    await expect.poll(() => liveCameraTracks(page)).toBe(0);
    await goOn(page, 'proof-photo');
    await answerUntil(page, 'consent', answers);
    await touch(page, 'Tôi đồng ý');
    await goOn(page, 'consent');

    // "Sửa" goes to the question and comes straight back to the summary.
    const summary = page.locator('[data-screen="summary"]');
    await expect(summary).toBeVisible();
    await expect(page.locator('[data-answer-of="applicant"]')).toContainText('Nguyễn Văn An');
    await touch(page, 'Sửa: Bạn ở đây để làm gì?');
    expect((await questionOnScreen(page)).id).toBe('reason');
    await chooseCard(page, 'study');
    await touch(page, 'Lưu và quay lại kiểm tra');
    await expect(page.locator('[data-answer-of="reason"]')).toContainText('Đi học');

    // Nothing leaves the kiosk yet, so the sealed record can be looked at where it is.
    const puts = '**/api/v1/submissions/**';
    await page.context().route(puts, (route) => route.abort('internetdisconnected'));
    // Two touches in the same moment: the first disables the button, the second does nothing.
    const disabledAfterFirst = await page.evaluate(() => {
      const send = [...document.querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Gửi hồ sơ'),
      )!;
      send.click();
      send.click();
      return new Promise<boolean>((resolve) =>
        requestAnimationFrame(() => resolve(send.disabled || !send.isConnected)),
      );
    });
    expect(disabledAfterFirst).toBe(true);
    await expect(page.locator('[data-tracking-code]')).toBeVisible();
    await expect(page.locator('[data-pin]')).toHaveText(/^\d{4} \d{4}$/);
    const code = await page.locator('[data-tracking-code]').innerText();

    // The loop may be holding it for a send that the cut network refuses; it goes back to the queue.
    await expect
      .poll(() => outboxRecords(page), { timeout: 15_000 })
      .toEqual([expect.objectContaining({ trackingCode: code, state: 'queued' })]);
    const [envelope] = await envelopeBytes(page);
    const bytes = Buffer.from(envelope!);
    for (const plain of ['Nguyễn Văn An', 'Nguyen Van An', '001090123456', 'Láng Hạ']) {
      expect(bytes.includes(Buffer.from(plain)), `${plain} sealed`).toBe(false);
    }
    const shown = await page.locator('body').innerText();
    expect(shown).not.toContain('Nguyễn Văn An');
    expect(shown).not.toContain('001090123456');

    await page.context().unroute(puts);
    await waitForDelivery(page, 1);
    const [dossier, ...others] = await receivedDossiers(hub);
    hub = await startHub({ dataDir: hub.dataDir });
    expect(others).toEqual([]);
    expect(dossier).toMatchObject({ trackingCode: code, procedureId: 'tam-tru', language: 'vi' });
    expect(dossier!.answers.applicant).toEqual({
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1990-01-01',
      sex: 'male',
      idNumber: '001090123456',
      address: 'Số 12 ngõ 34 phố Láng Hạ, Phường Láng, Hà Nội',
      issueDate: '2021-04-15',
      source: 'scan',
    });
    expect(dossier!.answers.reason).toBe('study');
    expect(dossier!.attachments).toEqual([
      { field: 'proof-photo', mediaType: 'image/jpeg', firstBytes: [0xff, 0xd8, 0xff] },
    ]);
  } finally {
    await browser.close();
  }
});

test('a QR that is not a card’s fills nothing and says why; the scanner loads visibly', async () => {
  const { browser, page } = await kioskWithCamera({
    video: writeQrVideo('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html'),
  });
  try {
    // Hold the scanner's chunk until the "opening" state has been seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/qr-camera.chunk-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await beginProcedure(page, tamTru);
    await touch(page, 'Quét mã QR trên thẻ căn cước');
    await expect(page.getByRole('status')).toHaveText('Đang mở máy ảnh…');
    release();

    const refusal = page.locator('.scan__refused');
    await expect(refusal).toHaveAttribute('data-code', 'NOT_CCCD', { timeout: 15_000 });
    await expect(refusal).toHaveText(/^Mã QR này không phải mã trên thẻ căn cước/);
    await expect(page.locator('.card-picture figcaption')).toHaveCount(2);
    await touch(page, 'Nhập tay');
    await expect.poll(() => liveCameraTracks(page)).toBe(0);
    for (const part of ['-name', '-birth-day', '-birth-year', '-id']) {
      await expect(box(page, 'applicant', part)).toHaveValue('');
    }
    await expect(page.locator('[role="radio"][aria-checked="true"]')).toHaveCount(0);
  } finally {
    await browser.close();
  }
});

test('no camera, or a refused one, is said plainly and typing is offered', async () => {
  for (const [camera, code] of [
    [{ none: true }, 'NO_CAMERA'],
    [{ refused: true }, 'PERMISSION_REFUSED'],
  ] as const) {
    const { browser, page } = await kioskWithCamera(camera);
    try {
      await beginProcedure(page, tamTru);
      await touch(page, 'Quét mã QR trên thẻ căn cước');
      const failure = page.locator('.scan__failed');
      await expect(failure).toHaveAttribute('data-code', code, { timeout: 15_000 });
      await expect(failure).toContainText('Nhập tay');
      await touch(page, 'Nhập tay');
      await expect(box(page, 'applicant', '-name')).toBeVisible();
      expect(await liveCameraTracks(page)).toBe(0);
    } finally {
      await browser.close();
    }
  }
});

test('a full disk is said plainly, staff are asked for, and nothing is shown as sent', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', {
      value: async () => ({ quota: 10_000, usage: 9_000 }),
    });
  });
  await openKiosk(page, hub.url);
  await beginProcedure(page, chungThucChuKy);
  const answers = sampleAnswers(chungThucChuKy);
  for (;;) {
    if (await page.locator('[data-screen="summary"]').isVisible()) break;
    const { id } = await questionOnScreen(page);
    const question = chungThucChuKy.questions.find((q) => q.id === id)!;
    if (question.type === 'photo') await touch(page, 'Tôi sẽ mang bản gốc đến');
    else await answer(page, question, answers[id]);
    await goOn(page, id);
  }
  await expect(page.locator('[data-answer-of="paper-photo"]')).toHaveText(
    /Tôi sẽ mang bản gốc đến/,
  );
  await touch(page, 'Gửi hồ sơ');
  const failure = page.getByRole('alert');
  await expect(failure).toContainText('Hồ sơ chưa được gửi');
  await expect(failure).toContainText(/Máy đã đầy bộ nhớ/);
  await expect(failure).toContainText('Vui lòng báo cán bộ tại nhà văn hoá');
  await expect(page.locator('[data-tracking-code]')).toHaveCount(0);
  await expect(button(page, 'Thử gửi lại')).toBeEnabled();
  expect(await outboxRecords(page)).toEqual([]);
});

test('every question has "Nghe đọc", which reads the question and its answers', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    const voice = { name: 'Tiếng Việt', lang: 'vi-VN', localService: true, default: true };
    Object.assign(window, { __spoken: spoken });
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
        getVoices: () => [voice],
        addEventListener: () => undefined,
        speak: (u: Utterance) => spoken.push(u.text),
        cancel: () => undefined,
      },
    });
  });
  await openKiosk(page, hub.url);
  await beginProcedure(page, tamTru);
  const answers = sampleAnswers(tamTru);
  const heard = () => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
  for (const id of ['applicant', 'temporary-address', 'housing']) {
    expect((await questionOnScreen(page)).id).toBe(id);
    await touch(page, 'Nghe đọc');
    const label = tamTru.questions.find((q) => q.id === id)!.label.vi;
    await expect.poll(async () => (await heard()).join(' ')).toContain(label);
    await touch(page, 'Dừng đọc');
    await answer(
      page,
      tamTru.questions.find((q) => q.id === id)!,
      answers[id],
    );
    await goOn(page, id);
  }
  // A choice is read with its options.
  expect((await heard()).join(' ')).toContain('Nhà thuê, mượn hoặc ở nhờ');
});

test('while a question is read aloud the kiosk does not ask "are you still there?"', async ({
  page,
}) => {
  // A voice whose readings last until the test ends them, as a long reading would.
  await page.addInitScript(() => {
    const voice = { name: 'Tiếng Việt', lang: 'vi-VN', localService: true, default: true };
    const endings: Array<() => void> = [];
    Object.assign(window, { __endReading: () => endings.splice(0).forEach((end) => end()) });
    class Utterance {
      voice: object | null = null;
      lang = '';
      rate = 1;
      private readonly ends: Array<() => void> = [];
      constructor(readonly text: string) {}
      addEventListener(type: string, listener: () => void) {
        if (type === 'end') this.ends.push(listener);
      }
      end() {
        this.ends.forEach((listener) => listener());
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [voice],
        addEventListener: () => undefined,
        speak: (u: Utterance) => endings.push(() => u.end()),
        cancel: () => undefined,
      },
    });
  });
  await openKiosk(page, hub.url, { idleSeconds: 3, countdownSeconds: 20 });
  await beginProcedure(page, tamTru);
  await touch(page, 'Nghe đọc');
  await expect(button(page, 'Dừng đọc')).toBeVisible();
  const dialog = stillThereDialog(page);
  // Three times the quiet time goes by while the resident listens.
  await page.waitForTimeout(9_000);
  await expect(dialog).toBeHidden();
  // The reading ends: the quiet time starts from then, and the question comes as usual.
  await page.evaluate(() => (window as unknown as { __endReading: () => void }).__endReading());
  await expect(button(page, 'Nghe đọc')).toBeVisible();
  await expect(dialog).toBeHidden({ timeout: 2_000 });
  await expect(dialog).toBeVisible({ timeout: 6_000 });
});

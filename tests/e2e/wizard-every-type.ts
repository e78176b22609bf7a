// A procedure that asks every kind of question the catalogue knows, in one form, for the
// wizard's tests: the shipped catalogue has no CCCD-number question, for one. Tests put it in a
// copy of kiosk-config for their hub, and walk it screen by screen.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { sampleAnswers } from '../../src/kiosk/wizard/sample-answers';
import type { SubmitProcedure } from '../../src/protocol/config/procedure';
import { launchWithCamera } from './support/fake-camera';
import { removeDataDir, startHub, type RunningHub } from './support/hub';
import { answer, box, chooseCard, fillBox, startProcedure } from './support/wizard-driver';

const text = (vi: string, en: string) => ({ vi, en });

/** The procedure, as a file in kiosk-config/procedures would hold it. */
export const EVERY_TYPE_PROCEDURE = {
  id: 'thu-moi-loai-cau-hoi',
  kind: 'submit',
  name: text('Thử mọi loại câu hỏi', 'Every kind of question'),
  summary: text(
    'Một thủ tục thử, hỏi đủ mọi loại câu hỏi.',
    'A test procedure asking every kind of question.',
  ),
  category: 'certification',
  lifeEvents: [],
  aliases: { vi: [], en: [] },
  agency: text('UBND phường Điện Biên', 'Điện Biên Ward People’s Committee'),
  agencyLevel: 'commune',
  fee: { rule: { kind: 'free' }, text: text('Miễn phí.', 'Free.'), exemptions: [] },
  processingTime: { text: text('Trong ngày.', 'The same day.'), workingDays: 0 },
  documents: [
    {
      id: 'bien-lai',
      name: text('Biên lai', 'Receipt'),
      required: true,
      form: 'copy',
      canBringOriginal: false,
      photo: true,
    },
  ],
  delivery: ['pickup', 'post'],
  questions: [
    {
      id: 'note',
      type: 'text',
      label: text('Bạn cần chứng thực việc gì?', 'What needs certifying?'),
      help: text('Viết ngắn gọn.', 'Keep it short.'),
      required: true,
      multiline: true,
      maxLength: 500,
    },
    {
      id: 'copies',
      type: 'number',
      label: text('Bạn cần bao nhiêu bản?', 'How many copies?'),
      required: true,
      min: 1,
      max: 10,
      unit: text('bản', 'copies'),
    },
    {
      id: 'visit-date',
      type: 'date',
      label: text('Bạn muốn đến ngày nào?', 'Which day will you come?'),
      required: true,
      allow: 'future',
    },
    {
      id: 'kind',
      type: 'choice',
      label: text('Loại giấy tờ', 'Kind of paper'),
      required: true,
      options: [
        { value: 'first', label: text('Giấy khai sinh', 'Birth certificate') },
        { value: 'second', label: text('Bằng tốt nghiệp', 'Diploma') },
        { value: 'third', label: text('Giấy tờ khác', 'Another paper') },
      ],
    },
    {
      id: 'agree-rules',
      type: 'yesno',
      label: text('Bạn đã có bản chính chưa?', 'Do you have the original?'),
      required: true,
    },
    {
      id: 'contact-email',
      type: 'email',
      label: text('Thư điện tử để nhận thông báo', 'Email for notices'),
      required: false,
    },
    {
      id: 'card-number',
      type: 'cccd',
      label: text('Số thẻ căn cước của bạn', 'Your citizen ID number'),
      required: true,
    },
    {
      id: 'applicant',
      type: 'person',
      label: text('Người yêu cầu', 'The applicant'),
      required: true,
      ageRange: { min: 18 },
    },
    {
      id: 'home',
      type: 'address',
      label: text('Nơi ở hiện nay', 'Where you live now'),
      required: true,
    },
    {
      id: 'receipt-photo',
      type: 'photo',
      label: text('Chụp biên lai', 'Photograph the receipt'),
      required: true,
      documentId: 'bien-lai',
      maxPhotos: 2,
    },
    {
      id: 'delivery',
      type: 'choice',
      label: text('Bạn muốn nhận kết quả thế nào?', 'How would you like the result?'),
      required: true,
      options: [
        { value: 'pickup', label: text('Nhận tại phường', 'Collect it at the ward') },
        { value: 'post', label: text('Gửi qua bưu điện', 'By post') },
      ],
    },
    {
      id: 'delivery-address',
      type: 'address',
      label: text('Địa chỉ nhận kết quả qua bưu điện', 'Address to send the result to'),
      required: true,
      when: { questionId: 'delivery', equals: 'post' },
    },
    {
      id: 'contact-phone',
      type: 'phone',
      label: text('Số điện thoại để cán bộ gọi', 'A phone number for the officer'),
      required: true,
    },
    {
      id: 'consent',
      type: 'consent',
      label: text(
        'Tôi cam đoan những điều khai trên là đúng sự thật.',
        'I declare that what I have given is true.',
      ),
      required: true,
    },
  ],
  legalBasis: [text('Không có (thủ tục thử)', 'None (a test procedure)')],
  source: { citation: 'Thủ tục thử cho kiểm thử tự động', checked: '2026-01-01' },
} as const;

/** A card's QR held up after a moment of grey, so the "scanning" state can be seen. */
export const EVERY_TYPE_CARD =
  '001090123456||Nguyễn Văn An|01011990|Nam|Số 12 ngõ 34 phố Láng Hạ, Phường Láng, Hà Nội|15042021';

/**
 * Walks the every-type procedure through every screen a resident can meet — each kind of
 * question (some while typing, one with its messages), scanning (looking, then found), the
 * photo camera, the summary and the result — calling `visit` with a name at each. Works in
 * either language: it touches controls by their place, not their words.
 */
export async function walkEveryScreen(
  page: Page,
  procedure: SubmitProcedure,
  language: 'vi' | 'en',
  visit: (screen: string) => Promise<void>,
) {
  const sample = sampleAnswers(procedure);
  const q = (id: string) => procedure.questions.find((question) => question.id === id)!;
  const primary = page.locator('.wizard-actions__primary');
  const next = async (id: string) => {
    await primary.tap();
    await expect(page.locator(`[data-question="${id}"]`)).toHaveCount(0);
  };
  await startProcedure(page, procedure, language);

  await expect(page.locator('.keyboard')).toBeVisible();
  await visit('text-typing');
  await answer(page, q('note'), sample.note);
  await next('note');

  await primary.tap();
  await expect(page.locator('.field-issues')).toBeVisible();
  await visit('number-refused');
  await answer(page, q('copies'), 2);
  await next('copies');

  await visit('date');
  await box(page, 'visit-date', '-day').tap();
  await visit('date-typing');
  await answer(page, q('visit-date'), sample['visit-date']);
  await next('visit-date');

  await chooseCard(page, 'second');
  await visit('choice');
  await next('kind');

  await chooseCard(page, 'true');
  await visit('yes-no');
  await next('agree-rules');

  await box(page, 'contact-email').tap();
  await visit('email-typing');
  await answer(page, q('contact-email'), 'ten@gmail.com');
  await next('contact-email');

  await page.locator('.keyboard [data-key="done"]').tap();
  await visit('cccd-number');
  await answer(page, q('card-number'), '001090123456');
  await next('card-number');

  await visit('person');
  await page.locator('.scan-card__button').tap();
  await expect(page.locator('[data-screen="scan-scanning"]')).toBeVisible({ timeout: 15_000 });
  // On a busy machine the card can be found before this looks, and the video is gone.
  await page.waitForFunction(() => {
    const video = document.querySelector('video');
    return !video || video.readyState >= 2;
  });
  await visit('scan-looking');
  await expect(page.locator('[data-screen="scan-found"]')).toBeVisible({ timeout: 15_000 });
  await visit('scan-found');
  await primary.tap();
  await expect(box(page, 'applicant', '-name')).toHaveValue('Nguyễn Văn An');
  await visit('person-scanned');
  await next('applicant');

  await visit('address');
  await page.locator('.province .button').tap();
  await visit('address-provinces');
  await page.locator('.province .button').tap();
  await answer(page, q('home'), sample.home);
  await next('home');

  await visit('photo');
  await page.locator('.photo-take').tap();
  await expect(page.locator('.photo-camera__shutter')).toBeEnabled({ timeout: 15_000 });
  await visit('photo-camera');
  await page.locator('.photo-camera__shutter').tap();
  await expect(page.locator('.photo-page')).toHaveCount(1, { timeout: 15_000 });
  await visit('photo-taken');
  await next('receipt-photo');

  await chooseCard(page, 'post');
  await next('delivery');
  await visit('address-by-post');
  await fillBox(page, 'delivery-address', '-street', 'Số 1 phố Huế');
  await fillBox(page, 'delivery-address', '-ward', 'Phường Hai Bà Trưng');
  await next('delivery-address');

  await box(page, 'contact-phone').tap();
  await visit('phone-typing');
  await answer(page, q('contact-phone'), sample['contact-phone']);
  await next('contact-phone');

  await page.locator('.consent-agree').tap();
  await visit('consent');
  await next('consent');

  await expect(page.locator('[data-screen="summary"]')).toBeVisible();
  await visit('summary');
  await primary.tap();
  await expect(page.locator('[data-tracking-code]')).toBeVisible();
  await visit('submitted');
}

/** A hub serving the shipped catalogue plus EVERY_TYPE_PROCEDURE, and a browser with a camera. */
export interface EveryTypeKiosk {
  hub: RunningHub;
  browser: Browser;
  /** The catalogue folder the hub reads. */
  configDir: string;
  close(): Promise<void>;
}

/** Starts the hub over a copy of the catalogue with the every-type procedure added. */
export async function startEveryTypeKiosk(video: string): Promise<EveryTypeKiosk> {
  const configDir = await mkdtemp(join(tmpdir(), 'dvc-wizard-config-'));
  await cp('kiosk-config', configDir, { recursive: true });
  await writeFile(
    join(configDir, 'procedures', `${EVERY_TYPE_PROCEDURE.id}.json`),
    JSON.stringify(EVERY_TYPE_PROCEDURE),
  );
  const hub = await startHub({ env: { KIOSK_CONFIG_DIR: configDir } });
  const browser = await launchWithCamera({ video });
  return {
    hub,
    browser,
    configDir,
    async close() {
      await browser.close();
      await hub.stop();
      removeDataDir(hub.dataDir);
      await rm(configDir, { recursive: true, force: true });
    },
  };
}

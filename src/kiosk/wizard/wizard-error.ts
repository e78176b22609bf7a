// Errors from building a submission out of the wizard's answers. Screens check every answer
// first, so these mean a software fault; they carry a stable code and a sentence for staff.
import type { LocalizedText } from '../../protocol/config/text';
import type { QuestionIssue } from './validation-issue';

/** Why the answers could not become a submission. */
export type WizardErrorCode = 'ANSWERS_INVALID' | 'PHOTO_MISSING';

/** The only error the wizard's pure logic throws; `issues` lists what failed, for logs. */
export class WizardError extends Error {
  constructor(
    readonly code: WizardErrorCode,
    readonly issues: readonly QuestionIssue[] = [],
  ) {
    super(`wizard: ${code}`);
    this.name = 'WizardError';
  }
}

/** What a resident reads if it happens: what to do next. */
export const WIZARD_ERROR_TEXT: Readonly<Record<WizardErrorCode, LocalizedText>> = {
  ANSWERS_INVALID: {
    vi: 'Một số câu trả lời chưa đúng. Vui lòng xem lại từng mục ở trang "Kiểm tra lại".',
    en: 'Some answers are not right yet. Please look again at each item on the "Check your answers" page.',
  },
  PHOTO_MISSING: {
    vi: 'Máy không còn giữ một ảnh đã chụp. Vui lòng chụp lại ảnh giấy tờ rồi gửi.',
    en: 'The kiosk no longer has one of the photos. Please take the photo of the document again, then submit.',
  },
};

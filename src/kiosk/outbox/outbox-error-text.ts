// What residents and staff read when the outbox refuses: what happened and what to do next.
import type { Language, LocalizedText } from '../../protocol/config/text';
import { OutboxError, type OutboxErrorCode } from './outbox-error';

/** A sentence per outbox error, Vietnamese first; shown by the screen that caught it. */
export const OUTBOX_ERROR_TEXT: Readonly<Record<OutboxErrorCode, LocalizedText>> = {
  STORAGE_FULL: {
    vi: 'Máy đã đầy bộ nhớ nên chưa nhận được hồ sơ này. Vui lòng báo cán bộ tại nhà văn hoá; hồ sơ đã gửi trước đó vẫn an toàn.',
    en: 'This kiosk is out of storage, so it could not take this application. Please tell the staff; earlier applications are safe.',
  },
  STORAGE_UNAVAILABLE: {
    vi: 'Máy chưa lưu được hồ sơ. Vui lòng thử lại hoặc báo cán bộ tại nhà văn hoá.',
    en: 'The kiosk could not save the application. Please try again or tell the staff.',
  },
  TOO_LARGE: {
    vi: 'Hồ sơ có quá nhiều ảnh hoặc ảnh quá lớn. Vui lòng bỏ bớt ảnh rồi gửi lại.',
    en: 'The application has too many or too large photos. Please remove some and submit again.',
  },
  INVALID_SUBMISSION: {
    vi: 'Máy chưa tạo được hồ sơ này do lỗi phần mềm. Vui lòng báo cán bộ tại nhà văn hoá.',
    en: 'The kiosk could not prepare this application because of a software fault. Please tell the staff.',
  },
  NOT_ENROLLED: {
    vi: 'Máy chưa được đăng ký với hệ thống nên chưa nhận hồ sơ. Vui lòng báo cán bộ tại nhà văn hoá.',
    en: 'This kiosk is not registered yet, so it cannot take applications. Please tell the staff.',
  },
  COUNTER_EXHAUSTED: {
    vi: 'Máy đã dùng hết mã hồ sơ. Vui lòng báo cán bộ để đăng ký lại máy.',
    en: 'This kiosk has used all its tracking codes. Please ask the staff to register it again.',
  },
  COUNTER_TAKEN: {
    vi: 'Máy đang lưu một hồ sơ khác cùng lúc nên chưa lưu được hồ sơ này. Vui lòng gửi lại.',
    en: 'The kiosk was saving another application at the same moment, so this one was not saved. Please submit it again.',
  },
  NOT_FOUND: {
    vi: 'Không tìm thấy hồ sơ này trong máy.',
    en: 'This application is not on the kiosk.',
  },
  NOT_RETRYABLE: {
    vi: 'Hồ sơ này không cần gửi lại.',
    en: 'This application does not need sending again.',
  },
  NOT_DISCARDABLE: {
    vi: 'Chỉ xoá được hồ sơ bị hệ thống từ chối; hồ sơ đang chờ gửi phải được giữ lại.',
    en: 'Only applications the hub refused can be removed; waiting ones must be kept.',
  },
  STAFF_ONLY: {
    vi: 'Việc này chỉ cán bộ làm được, ở chế độ cán bộ.',
    en: 'Only staff can do this, in staff mode.',
  },
};

/** The sentence for whatever the outbox threw, in `language`; anything unknown reads as a failed save. */
export function outboxErrorText(error: unknown, language: Language): string {
  const code = error instanceof OutboxError ? error.code : 'STORAGE_UNAVAILABLE';
  return OUTBOX_ERROR_TEXT[code][language];
}

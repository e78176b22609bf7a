// Errors from turning a camera frame or a file into a photo to send, with a stable code and
// the sentence a resident reads.
import type { LocalizedText } from '../../protocol/config/text';

/** Why a photo could not be made. */
export type PhotoErrorCode = 'NO_FRAME' | 'UNREADABLE' | 'TOO_LARGE';

/** The only error photo processing throws; `cause` keeps the browser's error for logs. */
export class PhotoError extends Error {
  constructor(
    readonly code: PhotoErrorCode,
    options?: { cause?: unknown },
  ) {
    super(`photo: ${code}`, options);
    this.name = 'PhotoError';
  }
}

/** A sentence per photo problem, Vietnamese first, saying what to do next. */
export const PHOTO_ERROR_TEXT: Readonly<Record<PhotoErrorCode, LocalizedText>> = {
  NO_FRAME: {
    vi: 'Máy ảnh chưa sẵn sàng. Vui lòng đợi một chút rồi chụp lại.',
    en: 'The camera is not ready yet. Please wait a moment and take the photo again.',
  },
  UNREADABLE: {
    vi: 'Máy không đọc được ảnh này. Vui lòng chụp lại.',
    en: 'The kiosk cannot read this picture. Please take the photo again.',
  },
  TOO_LARGE: {
    vi: 'Ảnh này quá nặng để gửi. Vui lòng chụp lại.',
    en: 'This photo is too large to send. Please take it again.',
  },
};

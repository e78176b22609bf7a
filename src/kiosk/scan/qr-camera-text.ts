// What a resident reads when the camera cannot scan: what happened, and that typing works.
import type { LocalizedText } from '../../protocol/config/text';
import type { QrCameraErrorCode } from './qr-camera-error';

/** A sentence per camera problem, Vietnamese first; the screen shows "Nhập tay" beside it. */
export const QR_CAMERA_TEXT: Readonly<Record<QrCameraErrorCode, LocalizedText>> = {
  NO_CAMERA: {
    vi: 'Máy này không tìm thấy máy ảnh để quét mã. Vui lòng chạm "Nhập tay" để tự nhập thông tin, hoặc báo cán bộ.',
    en: 'This kiosk cannot find a camera to scan with. Please touch "Type it in" to enter your details, or tell the staff.',
  },
  PERMISSION_REFUSED: {
    vi: 'Máy ảnh đang bị tắt trên máy này. Vui lòng chạm "Nhập tay" để tự nhập thông tin, và báo cán bộ để bật lại.',
    en: 'The camera is turned off on this kiosk. Please touch "Type it in" to enter your details, and tell the staff.',
  },
  CAMERA_BUSY: {
    vi: 'Máy ảnh đang bận hoặc gặp sự cố. Vui lòng thử lại, hoặc chạm "Nhập tay".',
    en: 'The camera is busy or not working. Please try again, or touch "Type it in".',
  },
  SCANNER_UNAVAILABLE: {
    vi: 'Chưa mở được phần quét mã. Vui lòng thử lại, hoặc chạm "Nhập tay" để tự nhập thông tin.',
    en: 'The scanner could not be opened. Please try again, or touch "Type it in" to enter your details.',
  },
};

// What a resident reads when a scanned QR is refused: what happened and what to do next.
import type { LocalizedText } from '../../protocol/config/text';
import type { CccdQrCode } from './cccd-qr';

/** A sentence per refusal, Vietnamese first; the scan screen shows it beside "Nhập tay". */
export const CCCD_QR_TEXT: Readonly<Record<CccdQrCode, LocalizedText>> = {
  EMPTY: {
    vi: 'Máy chưa đọc được mã. Vui lòng đưa mã QR trên thẻ căn cước lại gần máy ảnh và giữ yên.',
    en: 'The kiosk could not read a code. Please hold the QR code on your ID card closer to the camera and keep it still.',
  },
  TOO_LONG: {
    vi: 'Mã QR này quá dài, không phải mã trên thẻ căn cước. Vui lòng quét mã QR trên thẻ căn cước của bạn.',
    en: 'This QR code is too long to be the one on an ID card. Please scan the QR code on your citizen ID card.',
  },
  NOT_CCCD: {
    vi: 'Mã QR này không phải mã trên thẻ căn cước. Vui lòng quét mã QR ở mặt trước (thẻ gắn chip) hoặc mặt sau (thẻ căn cước mới) của thẻ.',
    en: 'This QR code is not the one on a citizen ID card. Please scan the QR code on the front (chip card) or the back (new ID card) of your card.',
  },
  GARBLED: {
    vi: 'Máy đọc sai chữ có dấu trong mã QR. Vui lòng quét lại, hoặc chạm "Nhập tay" để tự nhập thông tin.',
    en: 'The kiosk misread the accented letters in the QR code. Please scan again, or touch "Type it in" to enter your details.',
  },
  UNSAFE_TEXT: {
    vi: 'Mã QR này có ký tự lạ nên máy không dùng được. Vui lòng chạm "Nhập tay" để tự nhập thông tin.',
    en: 'This QR code holds unusual characters, so the kiosk cannot use it. Please touch "Type it in" to enter your details.',
  },
  BAD_ID: {
    vi: 'Số căn cước trong mã QR không đúng. Vui lòng quét lại hoặc chạm "Nhập tay", và nhờ cán bộ giúp nếu cần.',
    en: 'The ID number in the QR code is not valid. Please scan again or touch "Type it in", and ask the staff for help if needed.',
  },
  ID_MISMATCH: {
    vi: 'Số căn cước không khớp với năm sinh hoặc giới tính trong mã QR. Vui lòng quét lại hoặc chạm "Nhập tay".',
    en: 'The ID number does not match the year of birth or sex in the QR code. Please scan again or touch "Type it in".',
  },
  BAD_DATE: {
    vi: 'Ngày sinh hoặc ngày cấp trong mã QR không đúng. Vui lòng quét lại hoặc chạm "Nhập tay".',
    en: 'The date of birth or date of issue in the QR code is not valid. Please scan again or touch "Type it in".',
  },
};

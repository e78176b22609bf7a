// What a resident reads under an answer the wizard cannot accept: what is wrong and how to
// put it right, in plain words, Vietnamese first.
import type { Language, LocalizedText } from '../../protocol/config/text';
import type { ValidationCode, ValidationIssue } from './validation-issue';

/** A sentence per validation code; {min}, {max} are filled from the issue's params. */
export const VALIDATION_TEXT: Readonly<Record<ValidationCode, LocalizedText>> = {
  REQUIRED: {
    vi: 'Mục này cần có câu trả lời. Vui lòng điền hoặc chọn.',
    en: 'This needs an answer. Please fill it in or choose one.',
  },
  WRONG_KIND: {
    vi: 'Câu trả lời chưa đúng dạng. Vui lòng nhập lại.',
    en: 'This answer is not in the right form. Please enter it again.',
  },
  TEXT_TOO_LONG: {
    vi: 'Vui lòng viết ngắn hơn, không quá {max} ký tự.',
    en: 'Please write less: at most {max} characters.',
  },
  NUMBER_INVALID: {
    vi: 'Vui lòng nhập một con số.',
    en: 'Please enter a number.',
  },
  NUMBER_TOO_SMALL: {
    vi: 'Số này phải từ {min} trở lên.',
    en: 'This number must be {min} or more.',
  },
  NUMBER_TOO_LARGE: {
    vi: 'Số này không được lớn hơn {max}.',
    en: 'This number must not be more than {max}.',
  },
  DATE_INVALID: {
    vi: 'Ngày này không có trên lịch. Vui lòng kiểm tra ngày, tháng và năm.',
    en: 'This date does not exist. Please check the day, month and year.',
  },
  DATE_OUT_OF_RANGE: {
    vi: 'Năm phải từ {min} đến {max}. Vui lòng kiểm tra lại năm.',
    en: 'The year must be from {min} to {max}. Please check the year.',
  },
  DATE_IN_FUTURE: {
    vi: 'Ngày này chưa tới. Vui lòng chọn ngày hôm nay hoặc một ngày đã qua.',
    en: 'This date has not come yet. Please choose today or an earlier day.',
  },
  DATE_IN_PAST: {
    vi: 'Ngày này đã qua. Vui lòng chọn ngày hôm nay hoặc một ngày sắp tới.',
    en: 'This date has passed. Please choose today or a later day.',
  },
  AGE_TOO_LOW: {
    vi: 'Người này phải đủ {min} tuổi. Vui lòng kiểm tra ngày sinh.',
    en: 'This person must be at least {min} years old. Please check the date of birth.',
  },
  AGE_TOO_HIGH: {
    vi: 'Người này không thể quá {max} tuổi. Vui lòng kiểm tra năm sinh.',
    en: 'This person cannot be more than {max} years old. Please check the year of birth.',
  },
  CHOICE_UNKNOWN: {
    vi: 'Vui lòng chọn một trong các ô trên màn hình.',
    en: 'Please choose one of the options on the screen.',
  },
  PHONE_INVALID: {
    vi: 'Số điện thoại chỉ gồm chữ số. Vui lòng nhập lại.',
    en: 'A phone number has only digits. Please enter it again.',
  },
  PHONE_LENGTH: {
    vi: 'Số di động có 10 chữ số, số máy bàn có 11 chữ số (kể cả số 0 đầu). Vui lòng kiểm tra lại.',
    en: 'A mobile number has 10 digits and a landline 11, counting the first 0. Please check it.',
  },
  PHONE_PREFIX: {
    vi: 'Số di động bắt đầu bằng 03, 05, 07, 08 hoặc 09; số máy bàn bắt đầu bằng 02. Vui lòng kiểm tra lại.',
    en: 'A mobile number starts with 03, 05, 07, 08 or 09, and a landline with 02. Please check it.',
  },
  EMAIL_INVALID: {
    vi: 'Địa chỉ thư điện tử chưa đúng, ví dụ: ten@gmail.com. Vui lòng kiểm tra lại.',
    en: 'This email address is not valid, e.g. name@gmail.com. Please check it.',
  },
  CCCD_FORMAT: {
    vi: 'Số căn cước có đúng 12 chữ số. Vui lòng xem lại trên thẻ.',
    en: 'A citizen ID number has exactly 12 digits. Please check your card.',
  },
  CCCD_PROVINCE: {
    vi: 'Ba số đầu của số căn cước chưa đúng. Vui lòng xem lại trên thẻ.',
    en: 'The first three digits of the ID number are not right. Please check your card.',
  },
  CCCD_SEX_MISMATCH: {
    vi: 'Số căn cước không khớp với giới tính đã chọn. Vui lòng kiểm tra số thẻ và giới tính.',
    en: 'The ID number does not match the sex chosen. Please check the number and the sex.',
  },
  CCCD_YEAR_MISMATCH: {
    vi: 'Số căn cước không khớp với năm sinh. Vui lòng kiểm tra số thẻ và ngày sinh.',
    en: 'The ID number does not match the year of birth. Please check the number and the date of birth.',
  },
  NAME_INVALID: {
    vi: 'Họ và tên chỉ gồm chữ cái và dấu cách. Vui lòng nhập lại.',
    en: 'A full name has only letters and spaces. Please enter it again.',
  },
  ADDRESS_PROVINCE_UNKNOWN: {
    vi: 'Vui lòng chọn tỉnh hoặc thành phố trong danh sách.',
    en: 'Please choose a province or city from the list.',
  },
  PHOTO_TOO_MANY: {
    vi: 'Chỉ gửi được tối đa {max} ảnh cho giấy tờ này. Vui lòng xoá bớt ảnh.',
    en: 'At most {max} photos can be sent for this document. Please delete some.',
  },
  CONSENT_NOT_GIVEN: {
    vi: 'Để gửi hồ sơ, vui lòng chạm "Tôi đồng ý".',
    en: 'To send your application, please touch "I agree".',
  },
};

const NUMBER_LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The sentence for an issue in a language; numbers are grouped ("1.000" in vi), text kept. */
export function validationMessage(found: ValidationIssue, language: Language): string {
  const params = found.params ?? {};
  const format = new Intl.NumberFormat(NUMBER_LOCALE[language], { useGrouping: true });
  return VALIDATION_TEXT[found.code][language].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? format.format(value) : value;
  });
}

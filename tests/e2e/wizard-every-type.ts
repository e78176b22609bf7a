// A procedure that asks every kind of question the catalogue knows, in one form, for the
// wizard's tests: the shipped catalogue has no CCCD-number or yes/no-only procedure to show
// every control and every message. Tests put it in a copy of kiosk-config for their hub.

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

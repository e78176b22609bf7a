// Vietnamese: the kiosk's first language and the source of every message key.
// Keys are grouped by the screen or feature that shows them ("guide.…", "idle.…").

export const vi = {
  'app.title': 'Ki-ốt dịch vụ công',
  'app.serviceName': 'Dịch vụ công',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',

  'attract.touchToStart': 'Chạm để bắt đầu',
  'attract.invitation': 'Làm thủ tục hành chính, từng bước một, có hướng dẫn.',
  'attract.chooseLanguage': 'Chọn ngôn ngữ',
  'attract.freeHotline': 'Tổng đài dịch vụ công quốc gia (miễn phí):',

  'home.greeting': 'Xin chào!',
  'home.question': 'Bạn muốn làm gì?',
  'home.helpTitle': 'Cần giúp đỡ?',
  'home.helpBody': 'Hãy hỏi cán bộ tại nhà văn hoá. Họ sẵn lòng giúp bạn.',
  'home.tile.guide': 'Hướng dẫn sử dụng',
  'home.tile.guide.hint': 'Cách dùng máy, giờ làm việc, số điện thoại hỗ trợ',

  'nav.label': 'Điều hướng',
  'nav.back': 'Quay lại',
  'nav.home': 'Trang chủ',
  'nav.end': 'Kết thúc',

  'display.label': 'Cách hiển thị',
  'display.textSize': 'Cỡ chữ',
  'display.textSize.0': 'Chữ vừa',
  'display.textSize.1': 'Chữ lớn',
  'display.textSize.2': 'Chữ rất lớn',
  'display.contrast': 'Tương phản',
  'display.contrast.hint': 'Chữ trắng trên nền đen, dễ đọc hơn',

  'idle.title': 'Bạn còn ở đây không?',
  'idle.body': 'Nếu không, máy sẽ kết thúc và xoá thông tin của bạn sau:',
  'idle.seconds': '{n} giây',
  'idle.continue': 'Tiếp tục',
  'idle.end': 'Kết thúc',

  'guide.title': 'Hướng dẫn sử dụng',
  'guide.stepsTitle': 'Cách dùng máy',
  'guide.step.touch': 'Chạm nhẹ vào nút bằng một ngón tay. Không cần bấm mạnh.',
  'guide.step.oneQuestion':
    'Mỗi màn hình chỉ hỏi một điều. Đọc kỹ, trả lời, rồi chạm nút để sang bước sau.',
  'guide.step.textSize':
    'Chữ nhỏ quá? Chạm chữ A to hơn ở phía trên. Chạm “Tương phản” để chữ rõ hơn.',
  'guide.step.moveAround':
    'Chạm “Quay lại” để về màn hình trước. Chạm “Trang chủ” để về màn hình đầu.',
  'guide.step.end':
    'Làm xong, chạm “Kết thúc”. Máy sẽ xoá thông tin của bạn. Nếu bạn rời đi, máy cũng tự xoá sau ít phút.',
  'guide.step.help':
    'Cần giúp? Hãy hỏi cán bộ tại nhà văn hoá, hoặc gọi các số điện thoại dưới đây.',
  'guide.hoursTitle': 'Giờ làm việc',
  'guide.hotlinesTitle': 'Số điện thoại hỗ trợ',
  'guide.nationalHotline': 'Tổng đài dịch vụ công quốc gia (miễn phí)',

  'lazy.loading': 'Đang mở…',
  'lazy.errorTitle': 'Chưa mở được màn hình này',
  'lazy.errorBody': 'Xin chạm “Thử lại”. Nếu vẫn không được, hãy nhờ cán bộ tại nhà văn hoá.',
  'lazy.retry': 'Thử lại',

  'notFound.title': 'Không có màn hình này',
  'notFound.body': 'Xin chạm “Trang chủ” để bắt đầu lại.',
} satisfies Record<string, string>;

/** Every message key; a key added to `vi` makes `en` fail to compile until it is translated. */
export type MessageKey = keyof typeof vi;

/** A complete table of messages in one language. */
export type MessageTable = Record<MessageKey, string>;

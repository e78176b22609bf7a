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
  'home.tile.procedures': 'Làm thủ tục hành chính',
  'home.tile.procedures.hint': 'Tìm thủ tục, xem cần mang giấy tờ gì, lệ phí bao nhiêu',
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

  'catalog.title': 'Làm thủ tục hành chính',
  'catalog.searchLabel': 'Tìm thủ tục',
  'catalog.searchPlaceholder': 'Chạm vào đây để gõ, ví dụ: khai sinh',
  'catalog.searchHint': 'Gõ tên thủ tục hoặc việc bạn cần làm. Không cần gõ dấu.',
  'catalog.searchDone': 'Xem kết quả',
  'catalog.lifeEventsTitle': 'Bạn đang cần làm việc gì?',
  'catalog.categoriesTitle': 'Hoặc chọn theo lĩnh vực',
  'catalog.topicCount': '{n} thủ tục',
  'catalog.resultsCount': 'Tìm thấy {n} thủ tục',
  'catalog.matchedDocument': 'Có giấy tờ: {text}',
  'catalog.noResultsTitle': 'Chưa tìm thấy thủ tục nào',
  'catalog.noResultsBody':
    'Thử gõ ít chữ hơn, hoặc gõ việc bạn cần, ví dụ “sinh con”, “thuê nhà”, “bản sao”.',
  'catalog.noResultsBrowse': 'Xem theo lĩnh vực',
  'catalog.noResultsStaff': 'Hỏi cán bộ tại nhà văn hoá. Họ sẽ giúp bạn tìm đúng thủ tục.',
  'catalog.noResultsHotline': 'Hoặc gọi tổng đài dịch vụ công miễn phí:',
  'catalog.topicKicker.category': 'Lĩnh vực',
  'catalog.topicKicker.life-event': 'Việc bạn cần làm',
  'catalog.topicEmpty': 'Máy này chưa có thủ tục nào ở mục này.',
  'catalog.submitHere': 'Nộp hồ sơ ngay tại máy',
  'catalog.guideElsewhere': 'Làm trên điện thoại, có hướng dẫn',

  'procedure.start': 'Bắt đầu nộp hồ sơ',
  'procedure.startHint': 'Máy sẽ hỏi từng câu một. Không cần tài khoản hay mật khẩu.',
  'procedure.guideNotice':
    'Thủ tục này không nộp tại máy. Làm theo các bước dưới đây trên điện thoại của bạn.',
  'procedure.documentsTitle': 'Giấy tờ cần mang',
  'procedure.documentsNone': 'Không cần mang giấy tờ.',
  'procedure.required': 'Bắt buộc',
  'procedure.optional': 'Nếu có',
  'procedure.form.original': 'Bản gốc',
  'procedure.form.copy': 'Bản sao',
  'procedure.form.original-or-copy': 'Bản gốc hoặc bản sao',
  'procedure.form.certified-copy': 'Bản sao có chứng thực',
  'procedure.feeTitle': 'Lệ phí',
  'procedure.timeTitle': 'Bao lâu có kết quả',
  'procedure.agencyTitle': 'Nơi giải quyết',
  'procedure.deliveryTitle': 'Nhận kết quả',
  'procedure.delivery.pickup': 'Nhận tại bộ phận một cửa của phường, xã',
  'procedure.delivery.post': 'Hoặc gửi qua bưu điện về tận nhà',
  'procedure.stepsTitle': 'Các bước làm',
  'procedure.qrTitle': 'Mở trên điện thoại',
  'procedure.qrBody': 'Mở máy ảnh của điện thoại và hướng vào mã này:',
  'procedure.qrAlt': 'Mã QR mở trang {url}',
  'procedure.legalTitle': 'Căn cứ pháp lý và mã thủ tục',
  'procedure.nationalCode': 'Mã thủ tục trên Cổng Dịch vụ công quốc gia: {code}',
  'procedure.help': 'Chưa rõ điều gì? Hỏi cán bộ tại nhà văn hoá, hoặc gọi miễn phí:',
  'procedure.notFoundTitle': 'Không tìm thấy thủ tục này',
  'procedure.notFoundBody': 'Danh mục vừa được cập nhật. Xin chạm “Quay lại” để tìm lại.',

  'speech.read': 'Nghe đọc',
  'speech.stop': 'Dừng đọc',

  'keyboard.label': 'Bàn phím trên màn hình',
  'keyboard.tone.sac': 'sắc',
  'keyboard.tone.huyen': 'huyền',
  'keyboard.tone.hoi': 'hỏi',
  'keyboard.tone.nga': 'ngã',
  'keyboard.tone.nang': 'nặng',
  'keyboard.tone.none': 'bỏ dấu',
  'keyboard.shift': 'Chữ hoa',
  'keyboard.layout.toQwerty': 'QWERTY: đổi sang bàn phím như điện thoại, gõ kiểu Telex',
  'keyboard.layout.toAbc': 'ABC: đổi về bàn phím theo bảng chữ cái',
  'keyboard.telexHint': 'Đang gõ kiểu Telex: aa → â, dd → đ, s → dấu sắc, f → dấu huyền',
  'keyboard.left': 'Đưa con trỏ sang trái',
  'keyboard.right': 'Đưa con trỏ sang phải',
  'keyboard.space': 'Dấu cách',
  'keyboard.backspace': 'Xoá',
  'keyboard.backspace.aria': 'Xoá một chữ',
  'keyboard.clear': 'Xoá hết',
  'keyboard.done': 'Xong',

  'guide.searchTitle': 'Cách tìm thủ tục',
  'guide.search.tap': 'Chạm vào ô “Tìm thủ tục”. Bàn phím sẽ hiện ra ở dưới màn hình.',
  'guide.search.noAccents':
    'Gõ vài chữ, không cần dấu: gõ “tam tru” cũng ra “Đăng ký tạm trú”. Gõ sai một chữ cũng không sao.',
  'guide.search.everyday': 'Gõ theo cách bạn vẫn nói, ví dụ “nhập hộ khẩu”, “làm giấy khai sinh”.',
  'guide.search.browse':
    'Không muốn gõ? Chạm một ô như “Sinh con”, “Kết hôn”, “Chuyển chỗ ở” để xem các thủ tục.',
  'guide.keyboardTitle': 'Cách dùng bàn phím trên màn hình',
  'guide.keyboard.letters':
    'Các chữ xếp theo bảng chữ cái: a ă â b c d đ e ê… Chữ ă, â, đ, ê, ô, ơ, ư có phím riêng.',
  'guide.keyboard.tones':
    'Gõ xong một chữ, chạm phím dấu: á sắc, à huyền, ả hỏi, ã ngã, ạ nặng. Máy tự đặt dấu đúng chỗ.',
  'guide.keyboard.fix':
    'Gõ nhầm? Chạm “Xoá” để xoá một chữ, “Xoá hết” để gõ lại. Chạm vào chỗ cần sửa trong ô chữ.',
  'guide.keyboard.qwerty': 'Quen gõ trên điện thoại? Chạm phím “QWERTY” để gõ kiểu Telex.',
  'enrolment.error.CODE_INVALID':
    'Mã đăng ký không đúng, đã dùng rồi hoặc đã hết hạn. Vui lòng xin mã mới ở phường rồi nhập lại.',
  'enrolment.error.AUTO_ENROLMENT_OFF':
    'Máy chủ chỉ đăng ký máy bằng mã dùng một lần. Vui lòng xin mã ở phường rồi nhập vào đây.',
  'enrolment.error.HUB_UNREACHABLE':
    'Máy chưa kết nối được với máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
  'enrolment.error.HUB_ERROR':
    'Máy chủ đang gặp sự cố nên chưa đăng ký được. Vui lòng thử lại sau ít phút.',
  'enrolment.error.BAD_RESPONSE':
    'Máy chủ trả lời không đúng nên máy chưa đăng ký. Vui lòng báo bộ phận kỹ thuật của phường.',
  'enrolment.error.STORAGE_UNAVAILABLE':
    'Máy chưa lưu được thông tin đăng ký. Vui lòng khởi động lại máy rồi thử lại; nếu vẫn lỗi, báo bộ phận kỹ thuật.',
} satisfies Record<string, string>;

/** Every message key; a key added to `vi` makes `en` fail to compile until it is translated. */
export type MessageKey = keyof typeof vi;

/** A complete table of messages in one language. */
export type MessageTable = Record<MessageKey, string>;

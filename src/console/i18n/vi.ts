// Vietnamese: the console's first language and the source of every message key.
// Keys are grouped by the part of the page that shows them.

export const vi = {
  'app.title': 'Bảng điều khiển cán bộ phường',
  'app.product': 'Ki-ốt dịch vụ công',
  'language.label': 'Ngôn ngữ',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',

  'hub.title': 'Tình trạng máy chủ',
  'hub.intro':
    'Máy chủ nhận hồ sơ từ các ki-ốt, lưu hồ sơ và phục vụ trang này. Trang tự kiểm tra lại sau mỗi 30 giây.',
  'hub.checking': 'Đang kiểm tra…',
  'hub.ok': 'Đang hoạt động',
  'hub.unreachable': 'Không kết nối được',
  'hub.unreachable.help':
    'Trang này không liên lạc được với máy chủ. Kiểm tra máy chủ đã bật và mạng ở phòng làm việc, rồi bấm “Kiểm tra lại”. Nếu vẫn không được, gọi bộ phận kỹ thuật.',
  'hub.version': 'Phiên bản phần mềm',
  'hub.database': 'Cơ sở dữ liệu',
  'hub.database.pglite': 'Nhúng (PGlite), lưu ngay trên máy chủ này',
  'hub.database.postgresql': 'PostgreSQL, máy chủ cơ sở dữ liệu riêng',
  'hub.migrations': 'Cấu trúc dữ liệu',
  'hub.migrations.value': 'Đã cập nhật, đến bản số {latest}',
  'hub.migrations.none': 'Chưa khởi tạo',
  'hub.checkedAt': 'Kiểm tra lúc {time}',
  'hub.checkAgain': 'Kiểm tra lại',

  'site.title': 'Điểm phục vụ',
  'site.ward': 'Đơn vị hành chính',
  'site.address': 'Địa chỉ',
  'site.hotline': 'Đường dây hỗ trợ',
};

/** Every message key the console uses. */
export type MessageKey = keyof typeof vi;

/** A table with a message for every key. */
export type MessageTable = Record<MessageKey, string>;

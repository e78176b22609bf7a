import { describe, expect, it } from 'vitest';
import {
  applyMark,
  applyTone,
  backspace,
  EMPTY_INPUT,
  insertText,
  moveCursor,
  placeCursor,
  typeChar,
  type InputMode,
  type InputState,
} from './input-engine';
import { decompose, type Mark, type Tone } from './letters';

// Real words and names, written in the project's tone style (tone on the main vowel: hoà, thuỷ).
const WORDS = `
người trường khuyến quốc giữ nguyễn thuỷ khoẻ quyển gìn giếng hoàng tuấn đăng ký khai sinh tử
kết hôn xác nhận tình trạng nhân chứng thực bản sao chữ thường trú tạm gia hạn hộ kinh doanh
quyết toán thuế thu nhập cá đổi giấy phép lái xe phản ánh kiến nghị trợ cấp xã hội hàng tháng
trích lục tịch phường thành phố điện thoại địa chỉ số nhà ngõ ngách đường quận huyện tỉnh ngày
năm giới tính nữ cha mẹ vợ chồng con ông bà chị em cháu họ tên dân tộc tôn giáo nghề nghiệp hưu
khuyết tật nghèo cận đơn thân nuôi dưỡng chăm sóc bệnh viện khám chữa bảo hiểm tế xin cảm ơn
được không có muốn biết hướng dẫn nộp hồ sơ quả bưu gửi chuyển phát nhanh tiền phí lệ miễn mất
hỏng cũ mới khoá hoá loại ngoài xoáy khuỷu ngoẹo rượu cứu yêu muối giặt giày già giỏi giúp
giường giữa quý quà quẹo uống ước ươm ưng ừ ạ ấy ổn ở ý thuở huơ nguệch ngoạc hoặc xoăn khuya
chuyện truyền tuyển duyệt luật thuận huân xuất quyền nghĩa vụ công uỷ tuỳ huỷ loà xoá toả goá
xoè nhoè hoạ thoả khoảng hoãn khoản oản ngoẻo tuý luỹ quạ quẳng quầy khuấy ngoằn ngoèo quăng
giã giết giọng giận gió gì ghế nghỉ nghiêng chiều tiếng biển điều hiểu yếu việc mười tươi lưỡi
bưởi cưỡi hưởng sướng thưởng trưa mưa cửa lửa sữa thuê khuếch tuần tuổi buổi chuối cuối suối
đuôi tối mỗi với lời trời mời nói hỏi bởi khoái
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Đoàn Lâm
Lương Quách Tạ Tô Vương Thái Kiều Bảo Châu Cường Dũng Đức Giang Hải Hằng Hiền Hiếu Hoà Huệ Hùng
Hương Hưng Khánh Khoa Linh Loan Minh Ngọc Nhung Oanh Phúc Phương Quang Quân Quyên Quỳnh Sơn Tâm
Thảo Thắng Thị Thuý Thuỳ Tiến Toàn Trí Tú Tùng Tuyết Uyên Văn Việt Xuân Yến Hạnh Hậu Khuê Diệp
Điệp Nguyệt Duyên Phượng Sương Ánh Ngân Nhàn Hồng Quế Chiến Hà Nội Biên Đình Kiếm Đống Đa Cầu
`
  .split(/\s+/)
  .filter(Boolean);

const TONE_KEY: Record<Tone, string> = {
  none: '',
  sac: 's',
  huyen: 'f',
  hoi: 'r',
  nga: 'x',
  nang: 'j',
};
const MARK_KEY = (mark: Mark, letter: string) =>
  mark === 'circumflex' ? letter : mark === 'stroke' ? (letter === 'D' ? 'D' : 'd') : 'w';

const type = (keys: string, mode: InputMode, from: InputState = EMPTY_INPUT) =>
  [...keys].reduce((state, key) => typeChar(state, key, mode), from);

/** The Telex keys for a word: marks right after their letter; the tone at the end or early. */
function telexKeys(word: string, toneAt: 'end' | 'first-vowel'): string {
  let keys = '';
  let tone: Tone = 'none';
  let firstVowelDone = false;
  for (const ch of word) {
    const letter = decompose(ch);
    const plain = letter.upper ? letter.base.toUpperCase() : letter.base;
    keys += plain;
    if (letter.mark !== 'none') keys += MARK_KEY(letter.mark, plain);
    if (letter.tone !== 'none') tone = letter.tone;
    if (toneAt === 'first-vowel' && !firstVowelDone && 'aeiouy'.includes(letter.base)) {
      firstVowelDone = true;
      keys += '\u0000';
    }
  }
  return toneAt === 'end' ? keys + TONE_KEY[tone] : keys.replace('\u0000', TONE_KEY[tone]);
}

/** Types the bare letters, then taps the mark and tone keys (in either order). */
function tapped(word: string, toneFirst: boolean): InputState {
  const letters = [...word].map(decompose);
  let state = type(letters.map((l) => (l.upper ? l.base.toUpperCase() : l.base)).join(''), 'plain');
  const marks = [...new Set(letters.map((l) => l.mark))].filter((m): m is Mark => m !== 'none');
  const tone = letters.find((l) => l.tone !== 'none')?.tone;
  if (tone && toneFirst) state = applyTone(state, tone);
  for (const mark of marks) state = applyMark(state, mark);
  if (tone && !toneFirst) state = applyTone(state, tone);
  return state;
}

describe('typing real words', () => {
  it('has at least 200 distinct words and names', () => {
    expect(new Set(WORDS).size).toBeGreaterThanOrEqual(200);
  });

  it('derives the key sequences residents type', () => {
    expect(telexKeys('người', 'end')).toBe('nguwowif');
    expect(telexKeys('Đặng', 'end')).toBe('DDawngj');
    expect(telexKeys('quyển', 'end')).toBe('quyeenr');
    expect(telexKeys('người', 'first-vowel')).toBe('nguwfowi');
    expect(telexKeys('thuỷ', 'first-vowel')).toBe('thury');
  });

  it.each(WORDS)('Telex, tone last: %s', (word) => {
    expect(type(telexKeys(word, 'end'), 'telex')).toEqual({ text: word, cursor: word.length });
  });

  it.each(WORDS)('Telex, tone right after the first vowel: %s', (word) => {
    expect(type(telexKeys(word, 'first-vowel'), 'telex').text).toBe(word);
  });

  it.each(WORDS)('tone and mark keys: %s', (word) => {
    expect(tapped(word, false)).toEqual({ text: word, cursor: word.length });
    expect(tapped(word, true).text).toBe(word);
  });

  it.each(WORDS)('output is NFC: %s', (word) => {
    const text = type(telexKeys(word, 'end'), 'telex').text;
    expect(text).toBe(text.normalize('NFC'));
  });
});

describe('Telex', () => {
  it.each([
    ['truongwf', 'trường'], // w after the whole word
    ['nguwoif', 'người'], // one w, the o follows
    ['truowngf', 'trường'], // uơ at the end, repaired when n follows
    ['thuowr', 'thuở'],
    ['tuasan', 'tuấn'], // tone before the circumflex
    ['hoafng', 'hoàng'], // hoà then hoàng: the tone stays on a
    ['asf', 'à'], // a second tone replaces the first
    ['asz', 'a'], // z removes the tone
    ['z', 'z'],
    ['ass', 'as'], // the same key again undoes and types itself
    ['aaa', 'aa'],
    ['ooo', 'oo'],
    ['eee', 'ee'],
    ['ddd', 'dd'],
    ['uww', 'uw'],
    ['truwoww', 'truow'],
    ['nhw', 'như'], // w alone is ư
    ['tw', 'tư'],
    ['w', 'ư'],
    ['did', 'đi'], // d later in the word
    ['s', 's'], // a tone key without a vowel types itself
    ['str', 'str'],
    ['hello', 'hello'], // not a Vietnamese syllable: left alone
    ['email', 'email'],
    ['VIEETJ NAM', 'VIỆT NAM'],
    ['Haf Nooij', 'Hà Nội'],
    ['DDuwowngf', 'Đường'],
    ['NGUYEENX VAWN AN', 'NGUYỄN VĂN AN'],
    ['Xin chaof, tooi laf Lan.', 'Xin chào, tôi là Lan.'],
    ['so61 12', 'so61 12'],
  ])('%s → %s', (keys, text) => {
    expect(type(keys, 'telex').text).toBe(text);
  });
});

describe('plain mode', () => {
  it('types keys as they are', () => {
    expect(type('tieengs', 'plain').text).toBe('tieengs');
  });

  it('keeps the tone on the main vowel as letters follow', () => {
    let state = applyTone(type('hoa', 'plain'), 'huyen');
    expect(state.text).toBe('hoà');
    state = type('ng', 'plain', state);
    expect(state.text).toBe('hoàng');
  });
});

describe('tone and mark keys', () => {
  it('apply to the word before the cursor, even after a space', () => {
    const state = applyTone(type('Nguyeen ', 'telex'), 'nga');
    expect(state).toEqual({ text: 'Nguyễn ', cursor: 7 });
  });

  it('apply to the word the cursor is in', () => {
    const state = applyTone({ text: 'Nguyên Văn', cursor: 3 }, 'nga');
    expect(state).toEqual({ text: 'Nguyễn Văn', cursor: 3 });
  });

  it('leave a word without a vowel alone', () => {
    expect(applyTone({ text: 'tr', cursor: 2 }, 'sac')).toEqual({ text: 'tr', cursor: 2 });
    expect(applyTone(EMPTY_INPUT, 'sac')).toEqual(EMPTY_INPUT);
    expect(applyMark({ text: '12', cursor: 2 }, 'horn')).toEqual({ text: '12', cursor: 2 });
  });

  it('a tone twice stays; none removes it', () => {
    const once = applyTone({ text: 'ma', cursor: 2 }, 'sac');
    expect(applyTone(once, 'sac').text).toBe('má');
    expect(applyTone(once, 'none').text).toBe('ma');
  });

  it('a mark twice comes off', () => {
    const once = applyMark({ text: 'tieng', cursor: 5 }, 'circumflex');
    expect(once.text).toBe('tiêng');
    expect(applyMark(once, 'circumflex').text).toBe('tieng');
    expect(applyMark({ text: 'Dung', cursor: 4 }, 'stroke').text).toBe('Đung');
    expect(applyMark({ text: 'Đung', cursor: 4 }, 'stroke').text).toBe('Dung');
  });

  it('re-place an old-style tone in the one style', () => {
    expect(applyTone({ text: 'Thủy', cursor: 4 }, 'hoi').text).toBe('Thuỷ');
    expect(applyTone({ text: 'hòa', cursor: 3 }, 'huyen').text).toBe('hoà');
  });
});

describe('backspace', () => {
  it.each([
    ['người', 'ngườ'],
    ['hoàng', 'hoàn'],
    ['hoàn', 'hoà'],
    ['tiếng', 'tiến'],
    ['a ', 'a'],
    ['', ''],
  ])('%s ⌫ → %s', (text, after) => {
    expect(backspace({ text, cursor: text.length })).toEqual({ text: after, cursor: after.length });
  });

  it('deletes in the middle and keeps the rest', () => {
    expect(backspace({ text: 'Nguuyễn', cursor: 3 })).toEqual({ text: 'Nguyễn', cursor: 2 });
  });

  it('does nothing at the start', () => {
    expect(backspace({ text: 'abc', cursor: 0 })).toEqual({ text: 'abc', cursor: 0 });
  });

  it('deletes a character outside the basic plane whole', () => {
    expect(backspace({ text: 'a😀', cursor: 3 })).toEqual({ text: 'a', cursor: 1 });
  });

  it('lets a resident fix a slip and type on', () => {
    let state = type('tieeng', 'telex');
    state = backspace(backspace(state));
    state = type('ts', 'telex', state);
    expect(state.text).toBe('tiết');
  });
});

describe('the cursor in the middle of the text', () => {
  it('types a missing letter where the cursor is', () => {
    expect(typeChar({ text: 'Ngyen', cursor: 2 }, 'u', 'telex')).toEqual({
      text: 'Nguyen',
      cursor: 3,
    });
  });

  it('applies a Telex mark or tone key to the word the cursor is in', () => {
    expect(typeChar({ text: 'tien', cursor: 2 }, 'e', 'telex')).toEqual({
      text: 'tiên',
      cursor: 2,
    });
    expect(typeChar({ text: 'Tran Van', cursor: 4 }, 'f', 'telex')).toEqual({
      text: 'Tràn Van',
      cursor: 4,
    });
  });

  it('edits one word of several', () => {
    let state = type('Nguyen Van An', 'telex');
    state = moveCursor(state, -7);
    state = type('ex', 'telex', state);
    expect(state).toEqual({ text: 'Nguyễn Van An', cursor: 6 });
  });

  it('moves and places the cursor within the text', () => {
    const state = { text: 'Hà Nội', cursor: 6 };
    expect(moveCursor(state, -2).cursor).toBe(4);
    expect(moveCursor(state, 5).cursor).toBe(6);
    expect(moveCursor(state, -50).cursor).toBe(0);
    expect(moveCursor(state, 'start').cursor).toBe(0);
    expect(moveCursor({ ...state, cursor: 1 }, 'end').cursor).toBe(6);
    expect(placeCursor(state, 2.4).cursor).toBe(2);
    expect(placeCursor(state, 99).cursor).toBe(6);
    expect(moveCursor({ text: 'a😀b', cursor: 1 }, 1).cursor).toBe(3);
  });
});

describe('insertText', () => {
  it('inserts as it is, in NFC, and moves the cursor after it', () => {
    const decomposed = 'Nguye\u0302\u0303n';
    expect(insertText({ text: ' Văn', cursor: 0 }, decomposed)).toEqual({
      text: 'Nguyễn Văn',
      cursor: 6,
    });
  });

  it('types signs, digits and spaces through typeChar unchanged', () => {
    expect(type('12/3 ', 'telex').text).toBe('12/3 ');
  });
});

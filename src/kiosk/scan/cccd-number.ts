// The 12-digit personal identification number on a CCCD (Circular 59/2021/TT-BCA):
// 3-digit birth-registration province code · sex/century digit · 2 year digits · 6 random.
// Province codes are those of the 63 provinces as they were when the numbering was set; the
// 2025 mergers did not renumber anyone, so the old list stays the one to check against.

/** Birth-registration province codes and the province names of that time (Hà Nội is 001). */
export const CCCD_PROVINCES: ReadonlyMap<string, string> = new Map([
  ['001', 'Hà Nội'],
  ['002', 'Hà Giang'],
  ['004', 'Cao Bằng'],
  ['006', 'Bắc Kạn'],
  ['008', 'Tuyên Quang'],
  ['010', 'Lào Cai'],
  ['011', 'Điện Biên'],
  ['012', 'Lai Châu'],
  ['014', 'Sơn La'],
  ['015', 'Yên Bái'],
  ['017', 'Hoà Bình'],
  ['019', 'Thái Nguyên'],
  ['020', 'Lạng Sơn'],
  ['022', 'Quảng Ninh'],
  ['024', 'Bắc Giang'],
  ['025', 'Phú Thọ'],
  ['026', 'Vĩnh Phúc'],
  ['027', 'Bắc Ninh'],
  ['030', 'Hải Dương'],
  ['031', 'Hải Phòng'],
  ['033', 'Hưng Yên'],
  ['034', 'Thái Bình'],
  ['035', 'Hà Nam'],
  ['036', 'Nam Định'],
  ['037', 'Ninh Bình'],
  ['038', 'Thanh Hoá'],
  ['040', 'Nghệ An'],
  ['042', 'Hà Tĩnh'],
  ['044', 'Quảng Bình'],
  ['045', 'Quảng Trị'],
  ['046', 'Thừa Thiên Huế'],
  ['048', 'Đà Nẵng'],
  ['049', 'Quảng Nam'],
  ['051', 'Quảng Ngãi'],
  ['052', 'Bình Định'],
  ['054', 'Phú Yên'],
  ['056', 'Khánh Hoà'],
  ['058', 'Ninh Thuận'],
  ['060', 'Bình Thuận'],
  ['062', 'Kon Tum'],
  ['064', 'Gia Lai'],
  ['066', 'Đắk Lắk'],
  ['067', 'Đắk Nông'],
  ['068', 'Lâm Đồng'],
  ['070', 'Bình Phước'],
  ['072', 'Tây Ninh'],
  ['074', 'Bình Dương'],
  ['075', 'Đồng Nai'],
  ['077', 'Bà Rịa - Vũng Tàu'],
  ['079', 'Hồ Chí Minh'],
  ['080', 'Long An'],
  ['082', 'Tiền Giang'],
  ['083', 'Bến Tre'],
  ['084', 'Trà Vinh'],
  ['086', 'Vĩnh Long'],
  ['087', 'Đồng Tháp'],
  ['089', 'An Giang'],
  ['091', 'Kiên Giang'],
  ['092', 'Cần Thơ'],
  ['093', 'Hậu Giang'],
  ['094', 'Sóc Trăng'],
  ['095', 'Bạc Liêu'],
  ['096', 'Cà Mau'],
]);

/** Why a CCCD number is not acceptable; stable codes shared by the QR parser and the wizard. */
export type CccdNumberProblem = 'CCCD_FORMAT' | 'CCCD_PROVINCE';

/** Sex and birth century read from the fourth digit (0/1 → 1900s, 2/3 → 2000s, …). */
export interface CccdSexCentury {
  sex: 'male' | 'female';
  /** First year of the century, e.g. 1900. */
  century: number;
  /** The two year digits, e.g. 90 for 1990. */
  yearDigits: number;
}

/** The number with spaces and dots a resident may type removed; not checked. */
export function compactCccdNumber(text: string): string {
  return text.replace(/[\s.]/g, '');
}

/** The problem with a 12-digit CCCD number, or undefined when it is well formed. */
export function checkCccdNumber(id: string): CccdNumberProblem | undefined {
  if (!/^\d{12}$/.test(id)) return 'CCCD_FORMAT';
  if (!CCCD_PROVINCES.has(id.slice(0, 3))) return 'CCCD_PROVINCE';
  return undefined;
}

/** The province where the birth was registered, for showing back to a resident. */
export function cccdProvinceName(id: string): string | undefined {
  return CCCD_PROVINCES.get(id.slice(0, 3));
}

/** What the sex/century and year digits say; only for numbers that passed checkCccdNumber. */
export function cccdSexCentury(id: string): CccdSexCentury {
  const digit = Number(id[3]);
  return {
    sex: digit % 2 === 0 ? 'male' : 'female',
    century: 1900 + Math.floor(digit / 2) * 100,
    yearDigits: Number(id.slice(4, 6)),
  };
}

/** Which of sex and birth year the number contradicts (none: an empty list). */
export function cccdMismatches(
  id: string,
  sex: 'male' | 'female',
  birthYear: number,
): ('sex' | 'year')[] {
  const read = cccdSexCentury(id);
  const found: ('sex' | 'year')[] = [];
  if (read.sex !== sex) found.push('sex');
  if (read.century + read.yearDigits !== birthYear) found.push('year');
  return found;
}

// Addresses in the two tiers of local government from 1 July 2025 (Resolution 202/2025/QH15):
// house and street, ward or commune, province — there is no district any more.
import { foldVietnamese } from '../catalog/fold';
import { asRecord, textField, type AddressAnswer } from './answer-shapes';
import { issue, type ValidationIssue } from './validation-issue';

/** The 34 provinces and centrally-run cities since 1 July 2025; Hà Nội first for these kiosks. */
export const PROVINCES_2025: readonly string[] = [
  'Hà Nội',
  'Huế',
  'Hải Phòng',
  'Đà Nẵng',
  'Thành phố Hồ Chí Minh',
  'Cần Thơ',
  'An Giang',
  'Bắc Ninh',
  'Cà Mau',
  'Cao Bằng',
  'Đắk Lắk',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Tĩnh',
  'Hưng Yên',
  'Khánh Hòa',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Nghệ An',
  'Ninh Bình',
  'Phú Thọ',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sơn La',
  'Tây Ninh',
  'Thái Nguyên',
  'Thanh Hóa',
  'Tuyên Quang',
  'Vĩnh Long',
];

const MAX_STREET = 200;
const MAX_WARD = 100;

const PREFIX = /^(?:thanh pho|tinh|tp\.?)\s*/;
const squash = (text: string) => foldVietnamese(text).replace(/\s+/g, ' ').trim();
const ALIASES: Readonly<Record<string, string>> = {
  'ho chi minh': 'Thành phố Hồ Chí Minh',
  hcm: 'Thành phố Hồ Chí Minh',
  tphcm: 'Thành phố Hồ Chí Minh',
  'sai gon': 'Thành phố Hồ Chí Minh',
  'thua thien hue': 'Huế',
  'ha noi': 'Hà Nội',
  hn: 'Hà Nội',
};
const BY_FOLDED = new Map(PROVINCES_2025.map((name) => [squash(name).replace(PREFIX, ''), name]));

/** The province's name as listed, for text typed without accents or with "TP."/"Tỉnh". */
export function matchProvince(text: string): string | undefined {
  const key = squash(text).replace(PREFIX, '');
  return ALIASES[key] ?? ALIASES[key.replace(/\s/g, '')] ?? BY_FOLDED.get(key);
}

/** An address with the province already chosen, as the address screen opens. */
export function emptyAddress(province = 'Hà Nội'): AddressAnswer {
  return { street: '', ward: '', province };
}

/** True for an address with nothing filled in (a chosen province alone is only a default). */
export function isEmptyAddress(value: unknown): boolean {
  const record = asRecord(value);
  return !!record && !textField(record, 'street') && !textField(record, 'ward');
}

/** Checks an address answer part by part. */
export function validateAddress(value: unknown): ValidationIssue[] {
  const record = asRecord(value);
  if (!record) return [issue('WRONG_KIND')];
  const found: ValidationIssue[] = [];
  const street = textField(record, 'street');
  const ward = textField(record, 'ward');
  const province = textField(record, 'province');
  if (!street) found.push(issue('REQUIRED', 'street'));
  else if (street.length > MAX_STREET)
    found.push(issue('TEXT_TOO_LONG', 'street', { max: MAX_STREET }));
  if (!ward) found.push(issue('REQUIRED', 'ward'));
  else if (ward.length > MAX_WARD) found.push(issue('TEXT_TOO_LONG', 'ward', { max: MAX_WARD }));
  if (!province) found.push(issue('REQUIRED', 'province'));
  else if (!matchProvince(province)) found.push(issue('ADDRESS_PROVINCE_UNKNOWN', 'province'));
  return found;
}

/** The address as the dossier records it, with the province's listed name. */
export function addressForPayload(value: unknown): AddressAnswer {
  const record = asRecord(value);
  const province = textField(record, 'province');
  return {
    street: textField(record, 'street'),
    ward: textField(record, 'ward'),
    province: matchProvince(province) ?? province,
  };
}
